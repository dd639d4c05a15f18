package io.github.jixiao.benchmarks;

import io.github.jixiao.benchmarks.pojo.TablePojo;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Reading a table from XML bytes: the SDK's codec (hardened, every target value parsed, unknown properties
 * refused) against Jackson databind on hand-written POJOs, each reading what it wrote.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class XmlReadBenchmark extends CodecFixture {
  private XmlCodec codec;
  private ObjectReader baselineReader;
  private byte[] sdkBytes;
  private byte[] baselineBytes;

  @Setup(Level.Trial)
  public void setUp() {
    buildTables();
    codec = XmlCodec.create();
    XmlMapper mapper = XmlMapper.builder().build();
    baselineReader = mapper.readerFor(TablePojo.class);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    codec.write(table, bytes);
    sdkBytes = bytes.toByteArray();
    baselineBytes = mapper.writeValueAsBytes(pojo);
  }

  @Benchmark
  public ProjectTargetTable sdk() {
    return codec.readTable(new ByteArrayInputStream(sdkBytes), "table.xml").value();
  }

  @Benchmark
  public TablePojo baseline() {
    return baselineReader.readValue(new ByteArrayInputStream(baselineBytes));
  }
}
