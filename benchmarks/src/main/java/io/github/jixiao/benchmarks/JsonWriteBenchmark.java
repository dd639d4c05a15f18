package io.github.jixiao.benchmarks;

import io.github.jixiao.serialization.json.JsonCodec;
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
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writing a table as JSON: the SDK's codec against Jackson databind on hand-written POJOs. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonWriteBenchmark extends CodecFixture {
  private JsonCodec codec;
  private ObjectWriter baselineWriter;

  @Setup(Level.Trial)
  public void setUp() {
    buildTables();
    codec = JsonCodec.create();
    baselineWriter = JsonMapper.builder().build().writer();
  }

  @Benchmark
  public int sdk() {
    out.reset();
    codec.write(table, out);
    return out.size();
  }

  @Benchmark
  public int baseline() {
    out.reset();
    baselineWriter.writeValue(out, pojo);
    return out.size();
  }
}
