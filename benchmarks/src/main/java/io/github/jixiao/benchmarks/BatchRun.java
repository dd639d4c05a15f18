package io.github.jixiao.benchmarks;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The batch run (批量校验): streams tables from a JSON Lines file through reading and validation, the way a
 * budget office checks a province's tables, and prints tables per second and the peak heap. Memory must stay
 * flat, so run it with a small heap:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.jixiao.benchmarks.BatchRun 100000 [tables.jsonl]
 * </pre>
 *
 * <p>Without a file, or when the file does not exist yet, it first writes that many realistic tables (12
 * indicators each, distinct project codes) to it; only the reading and validating is timed.
 */
public final class BatchRun {
  private BatchRun() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("jixiao-batch", ".jsonl");
    boolean temporary = args.length <= 1;
    JsonCodec codec = JsonCodec.create();
    if (temporary || !Files.exists(file)) {
      long started = System.nanoTime();
      write(codec, file, count);
      System.out.printf(Locale.ROOT, "wrote %,d tables (%,d bytes) to %s in %.1f s%n", count, Files.size(file), file,
          (System.nanoTime() - started) / 1e9);
    }
    System.gc();
    resetPeaks();
    long started = System.nanoTime();
    long tables = 0;
    long indicators = 0;
    long findings = 0;
    TableValidator validator = TableValidator.create();
    try (InputStream in = Files.newInputStream(file);
        TableSequence sequence = codec.readTables(in, file.getFileName().toString(), JsonLayout.LINES)) {
      while (sequence.hasNext()) {
        ProjectTargetTable table = sequence.next();
        ValidationReport report = validator.validate(table);
        tables++;
        indicators += table.indicators().size();
        findings += report.findings().size();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "read and validated %,d tables (%,d indicators, %,d findings) in %.1f s: "
        + "%,.0f tables/s%n", tables, indicators, findings, seconds, tables / seconds);
    System.out.printf(Locale.ROOT, "peak heap %.1f MiB (sum of the heap pools' peaks, max heap %.0f MiB)%n",
        peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    if (temporary) {
      Files.delete(file);
    }
  }

  private static void write(JsonCodec codec, Path file, int count) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        TableSequenceWriter writer = codec.writeTables(out, JsonLayout.LINES)) {
      for (int i = 0; i < count; i++) {
        writer.write(BenchmarkTables.withIndicators(BenchmarkTables.REALISTIC, i));
      }
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
