package io.github.jixiao.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratios of the benchmark pairs in CPU time rather than wall time (CPU 时间比): on a machine shared with
 * other work, wall-clock figures swing with the load, but the CPU time a thread spends on an operation
 * hardly does. Runs the {@code sdk} and {@code baseline} methods of each JMH class in alternating rounds
 * after a warm-up, and prints the median of the per-round ratios. JMH's own figures stay the reference;
 * this is the check of their ratios when the load cannot be controlled.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.jixiao.benchmarks.CpuRatios [rounds [pairs]]
 * </pre>
 *
 * <p>{@code pairs}, a regular expression, picks the pairs whose name it finds, e.g. {@code "JsonRead|XmlRead"}.
 */
public final class CpuRatios {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** CPU time per measured slice of one side of a pair. */
  private static final long SLICE_NANOS = 50_000_000L;
  /** Slices of each side run before measuring: half a second each. */
  private static final int WARM_UP_SLICES = 10;
  private static volatile int sink;
  private static Pattern chosen = Pattern.compile("");

  private CpuRatios() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    if (args.length > 1) {
      chosen = Pattern.compile(args[1]);
    }
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ValueParseBenchmark values = new ValueParseBenchmark();
    report("ValueParse", "sdk / baseline", rounds, () -> { values.sdk(bh); return 0; },
        () -> { values.baseline(bh); return 0; });
    for (int n : new int[] {BenchmarkTables.REALISTIC, BenchmarkTables.LARGE}) {
      JsonWriteBenchmark jw = codec(new JsonWriteBenchmark(), n);
      jw.setUp();
      report("JsonWrite " + n, "sdk / baseline", rounds, jw::sdk, jw::baseline);
      JsonReadBenchmark jr = codec(new JsonReadBenchmark(), n);
      jr.setUp();
      report("JsonRead " + n, "sdk / baseline", rounds, jr::sdk, jr::baseline);
      XmlWriteBenchmark xw = codec(new XmlWriteBenchmark(), n);
      xw.setUp();
      report("XmlWrite " + n, "sdk / baseline", rounds, xw::sdk, xw::baseline);
      Jackson2JsonWriteBenchmark j2w = codec(new Jackson2JsonWriteBenchmark(), n);
      j2w.setUp();
      report("Jackson2JsonWrite " + n, "sdk / baseline", rounds, unchecked(j2w::sdk), unchecked(j2w::baseline));
      Jackson2JsonReadBenchmark j2r = codec(new Jackson2JsonReadBenchmark(), n);
      j2r.setUp();
      report("Jackson2JsonRead " + n, "sdk / baseline", rounds, unchecked(j2r::sdk), unchecked(j2r::baseline));
      XmlReadBenchmark xr = codec(new XmlReadBenchmark(), n);
      xr.setUp();
      report("XmlRead " + n, "sdk / baseline", rounds, xr::sdk, xr::baseline);
      ValidateBenchmark v = new ValidateBenchmark();
      v.indicators = n;
      v.setUp();
      report("Validate " + n, "sdk / baseline", rounds, v::sdk, v::baseline);
      report("Validate " + n, "beanValidation / sdk", rounds, v::beanValidation, v::sdk);
      v.tearDown();
    }
  }

  /** A Jackson 2 side, whose methods declare Jackson 2's checked exception. */
  private static Supplier<?> unchecked(Callable<?> side) {
    return () -> {
      try {
        return side.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static <T extends CodecFixture> T codec(T fixture, int indicators) {
    fixture.indicators = indicators;
    return fixture;
  }

  private static void report(String pair, String what, int rounds, Supplier<?> a, Supplier<?> b) {
    if (!chosen.matcher(pair).find()) {
      return;
    }
    for (int w = 0; w < WARM_UP_SLICES; w++) {   // until both sides are compiled
      slice(a);
      slice(b);
    }
    List<Double> ratios = new ArrayList<>();
    double aNanos = 0;
    double bNanos = 0;
    for (int r = 0; r < rounds; r++) {
      double perA = slice(a);
      double perB = slice(b);
      ratios.add(perA / perB);
      aNanos += perA;
      bNanos += perB;
    }
    double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%-14s %-22s median %6.2f  (min %.2f, max %.2f)  %,12.1f µs vs %,12.1f µs CPU/op%n",
        pair, what, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], aNanos / rounds / 1000,
        bNanos / rounds / 1000);
  }

  /** Runs {@code op} for about one slice of CPU time; the CPU nanoseconds per call. */
  private static double slice(Supplier<?> op) {
    long start = THREADS.getCurrentThreadCpuTime();
    long calls = 0;
    long now;
    do {
      for (int k = 0; k < 16; k++) {   // the clock is read every 16 calls, so its own cost stays out
        sink += System.identityHashCode(op.get());
      }
      calls += 16;
      now = THREADS.getCurrentThreadCpuTime();
    } while (now - start < SLICE_NANOS);
    return (double) (now - start) / calls;
  }
}
