package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jixiao.benchmarks.pojo.TablePojo;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.jackson2.JixiaoJackson2Module;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a table from JSON bytes on Jackson 2: a mapper with the SDK's Jackson 2 module (the format's walk
 * behind its Jackson 2 adapter) against Jackson 2 databind on the same hand-written POJOs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Jackson2JsonReadBenchmark extends CodecFixture {
  private ObjectReader sdkReader;
  private ObjectReader baselineReader;
  private byte[] sdkBytes;
  private byte[] baselineBytes;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    buildTables();
    ObjectMapper sdk = new ObjectMapper().registerModule(new JixiaoJackson2Module());
    ObjectMapper baseline = new ObjectMapper();
    sdkReader = sdk.readerFor(ProjectTargetTable.class);
    baselineReader = baseline.readerFor(TablePojo.class);
    sdkBytes = sdk.writeValueAsBytes(table);
    baselineBytes = baseline.writeValueAsBytes(pojo);
  }

  @Benchmark
  public ProjectTargetTable sdk() throws IOException {
    return sdkReader.readValue(sdkBytes);
  }

  @Benchmark
  public TablePojo baseline() throws IOException {
    return baselineReader.readValue(baselineBytes);
  }
}
