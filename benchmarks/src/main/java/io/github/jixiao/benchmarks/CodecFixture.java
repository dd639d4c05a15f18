package io.github.jixiao.benchmarks;

import io.github.jixiao.benchmarks.pojo.TablePojo;
import io.github.jixiao.core.ProjectTargetTable;
import java.io.ByteArrayOutputStream;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What every codec pair shares: one table of {@link #indicators} rows, the same cells as a POJO, and an
 * output buffer that both sides reuse, so that neither pays for growing it.
 */
@State(Scope.Thread)
public abstract class CodecFixture {
  @Param({"12", "1200"})
  public int indicators;

  protected ProjectTargetTable table;
  protected TablePojo pojo;
  protected final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /** Builds the table and its POJO; subclasses call it from their trial set-up. */
  protected void buildTables() {
    table = BenchmarkTables.withIndicators(indicators, 1);
    pojo = TablePojo.of(table);
  }
}
