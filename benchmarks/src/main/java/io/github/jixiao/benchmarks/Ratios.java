package io.github.jixiao.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ratio table of a JMH run (比值表) against the performance targets of docs/PERFORMANCE.md, read from the
 * run's JSON results, so that the figures there come from a command rather than a calculator:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -f 2 -prof gc -rf json -rff results.json
 * java -cp benchmarks/target/benchmarks.jar io.github.jixiao.benchmarks.Ratios results.json
 * </pre>
 *
 * <p>Each row divides the time of the first side by the second's twice: the means JMH prints, and the
 * medians of all measured iterations of both forks, which a slow iteration moves less. Pairs missing from
 * the results (a run of some classes only) are left out.
 */
public final class Ratios {
  /** One side of a pair: mean and error of the score, the median iteration, the unit, bytes per operation. */
  record Side(double mean, double error, double median, String unit, double bytes) {}

  /** A row of the table: what is divided by what, at which size, and the target it is held to. */
  record Row(String label, Side first, Side second, double target) {
    double meanRatio() {
      return first.mean / second.mean;
    }

    double medianRatio() {
      return first.median / second.median;
    }

    /** Met only when both ratios are within the target: on a noisy machine one of them may not be. */
    String verdict() {
      boolean mean = meanRatio() <= target;
      boolean median = medianRatio() <= target;
      return mean && median ? "yes" : mean || median ? "one of two" : "no";
    }
  }

  /** A pair of benchmark methods as the issue's targets divide them. */
  private record Pair(String label, String first, String second, double target) {}

  private static final List<Pair> PAIRS = List.of(
      new Pair("value parsing", "ValueParseBenchmark.sdk", "ValueParseBenchmark.baseline", 1.5),
      new Pair("JSON write", "JsonWriteBenchmark.sdk", "JsonWriteBenchmark.baseline", 1.0),
      new Pair("XML write", "XmlWriteBenchmark.sdk", "XmlWriteBenchmark.baseline", 1.0),
      new Pair("JSON read", "JsonReadBenchmark.sdk", "JsonReadBenchmark.baseline", 1.3),
      new Pair("XML read", "XmlReadBenchmark.sdk", "XmlReadBenchmark.baseline", 1.3),
      new Pair("Jackson 2 JSON write", "Jackson2JsonWriteBenchmark.sdk", "Jackson2JsonWriteBenchmark.baseline", 1.0),
      new Pair("Jackson 2 JSON read", "Jackson2JsonReadBenchmark.sdk", "Jackson2JsonReadBenchmark.baseline", 1.3),
      new Pair("workbook read, 1,000 form tables", "WorkbookReadBenchmark.sdk", "WorkbookReadBenchmark.baseline",
          1.0),
      new Pair("Word read, 200 published tables", "DocumentReadBenchmark.sdk", "DocumentReadBenchmark.baseline", 1.3),
      new Pair("native validation", "ValidateBenchmark.sdk", "ValidateBenchmark.baseline", 0.5),
      new Pair("Bean Validation surface ÷ native", "ValidateBenchmark.beanValidation", "ValidateBenchmark.sdk",
          1.5));
  private static final double PER_INDICATOR_TARGET = 1.5;

  private Ratios() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: Ratios results.json  (from java -jar benchmarks.jar -rf json -rff results.json)");
      System.exit(2);
    }
    try {
      System.out.print(table(rows(Files.readString(Path.of(args[0])))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of every pair the results hold, in the order of the issue's targets. */
  static List<Row> rows(String resultsJson) {
    Map<String, Side> sides = sides(JsonMapper.builder().build().readTree(resultsJson));
    List<Row> rows = new ArrayList<>();
    for (Pair pair : PAIRS) {
      for (String size : new String[] {"", "@12", "@1200"}) {
        Side first = sides.get(pair.first() + size);
        Side second = sides.get(pair.second() + size);
        if (first != null && second != null) {
          String label = size.isEmpty() ? pair.label()
              : pair.label() + ", " + String.format(Locale.ROOT, "%,d", Integer.parseInt(size.substring(1)));
          rows.add(new Row(label, first, second, pair.target()));
        }
      }
    }
    Side realistic = sides.get("ValidateBenchmark.sdk@12");
    Side large = sides.get("ValidateBenchmark.sdk@1200");
    if (realistic != null && large != null) {
      rows.add(new Row("native validation per indicator, 1,200 ÷ 12", perIndicator(large, 1200),
          perIndicator(realistic, 12), PER_INDICATOR_TARGET));
    }
    return rows;
  }

  static String table(List<Row> rows) {
    String unit = rows.isEmpty() ? "" : ", " + rows.get(0).first().unit();
    StringBuilder b = new StringBuilder(
        "| pair | first vs second" + unit + " | ratio of means | ratio of medians | bytes/op | target | met? |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, "| %s | %s vs %s | **%.2f** | %.2f | %s vs %s | ≤ %.1f | %s |%n",
          r.label(), time(r.first()), time(r.second()), r.meanRatio(), r.medianRatio(), bytes(r.first()),
          bytes(r.second()), r.target(), r.verdict()));
    }
    return b.toString();
  }

  /** Bytes per operation, or a dash for a run without {@code -prof gc}. */
  private static String bytes(Side s) {
    return Double.isNaN(s.bytes()) ? "–" : String.format(Locale.ROOT, "%,.0f", s.bytes());
  }

  /** Mean ± error, to one decimal, or three below one (the cost of one indicator in µs). */
  private static String time(Side s) {
    return String.format(Locale.ROOT, s.mean() < 1 ? "%.3f ± %.3f" : "%,.1f ± %,.1f", s.mean(), s.error());
  }

  /** Keyed by class and method ({@code JsonReadBenchmark.sdk}), then {@code @} and the indicators, if any. */
  private static Map<String, Side> sides(JsonNode results) {
    Map<String, Side> sides = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String[] name = r.get("benchmark").asString().split("\\.");
      String key = name[name.length - 2] + "." + name[name.length - 1]
          + (r.has("params") ? "@" + r.get("params").path("indicators").asString("") : "");
      JsonNode primary = r.get("primaryMetric");
      List<Double> raw = new ArrayList<>();
      for (JsonNode fork : primary.get("rawData")) {
        for (JsonNode x : fork) {
          raw.add(x.asDouble());
        }
      }
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      sides.put(key, new Side(primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
          median(raw), primary.path("scoreUnit").asString("us/op"), alloc.isNumber() ? alloc.asDouble() : Double.NaN));
    }
    return sides;
  }

  private static Side perIndicator(Side s, int indicators) {
    return new Side(s.mean() / indicators, s.error() / indicators, s.median() / indicators, s.unit(),
        s.bytes() / indicators);
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
