package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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

/** Writing a table as JSON on Jackson 2: the SDK's Jackson 2 module against Jackson 2 databind on POJOs. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Jackson2JsonWriteBenchmark extends CodecFixture {
  private ObjectWriter sdkWriter;
  private ObjectWriter baselineWriter;

  @Setup(Level.Trial)
  public void setUp() {
    buildTables();
    sdkWriter = new ObjectMapper().registerModule(new JixiaoJackson2Module()).writer();
    baselineWriter = new ObjectMapper().writer();
  }

  @Benchmark
  public int sdk() throws IOException {
    out.reset();
    sdkWriter.writeValue(out, table);
    return out.size();
  }

  @Benchmark
  public int baseline() throws IOException {
    out.reset();
    baselineWriter.writeValue(out, pojo);
    return out.size();
  }
}
