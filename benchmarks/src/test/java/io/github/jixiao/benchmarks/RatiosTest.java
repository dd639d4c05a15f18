package io.github.jixiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatiosTest {
  /** One JMH result in the shape of {@code -rf json}: two forks of iterations and the allocation per operation. */
  private static String result(String method, String indicators, double score, String forks, double bytes) {
    String params = indicators == null ? "" : "\"params\": {\"indicators\": \"" + indicators + "\"},";
    return "{\"benchmark\": \"io.github.jixiao.benchmarks." + method + "\", " + params
        + "\"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 1.5, \"scoreUnit\": \"us/op\","
        + " \"rawData\": " + forks + "},"
        + "\"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytes + "}}}";
  }

  @Test
  void dividesMeansAndMediansOfEachPairAndHoldsThemToTheTarget() {
    String json = "[" + String.join(",",
        result("JsonReadBenchmark.sdk", "12", 30, "[[20, 22, 90], [21, 23, 24]]", 14_000),
        result("JsonReadBenchmark.baseline", "12", 20, "[[19, 20, 21], [20, 20, 20]]", 11_000),
        result("ValueParseBenchmark.sdk", null, 6, "[[6, 6], [6, 6]]", 4_800),
        result("ValueParseBenchmark.baseline", null, 15, "[[15, 15], [15, 15]]", 18_500)) + "]";
    List<Ratios.Row> rows = Ratios.rows(json);
    assertThat(rows).extracting(Ratios.Row::label).containsExactly("value parsing", "JSON read, 12");

    Ratios.Row values = rows.get(0);
    assertThat(values.meanRatio()).isCloseTo(0.4, within(1e-9));
    assertThat(values.verdict()).isEqualTo("yes");

    Ratios.Row read = rows.get(1);
    assertThat(read.meanRatio()).isCloseTo(1.5, within(1e-9));           // pulled up by the slow iteration
    assertThat(read.medianRatio()).isCloseTo(22.5 / 20, within(1e-9));  // which the medians shrug off
    assertThat(read.verdict()).isEqualTo("one of two");
    assertThat(Ratios.table(rows)).startsWith("| pair | first vs second, us/op |");
    assertThat(Ratios.table(rows)).contains("| JSON read, 12 | 30.0 ± 1.5 vs 20.0 ± 1.5 | **1.50** | 1.13 |"
        + " 14,000 vs 11,000 | ≤ 1.3 | one of two |");
  }

  @Test
  void comparesTheCostPerIndicatorOfTheLargeTableWithTheRealisticOne() {
    String json = "[" + String.join(",",
        result("ValidateBenchmark.sdk", "12", 9.6, "[[9.6]]", 9_600),
        result("ValidateBenchmark.sdk", "1200", 480, "[[480]]", 480_000)) + "]";
    Ratios.Row perIndicator = Ratios.rows(json).get(0);
    assertThat(perIndicator.label()).isEqualTo("native validation per indicator, 1,200 ÷ 12");
    assertThat(perIndicator.meanRatio()).isCloseTo(0.5, within(1e-9));
    assertThat(perIndicator.verdict()).isEqualTo("yes");
  }

  @Test
  void saysNoWhenBothRatiosMissTheTarget() {
    String json = "[" + String.join(",",
        result("XmlWriteBenchmark.sdk", "1200", 12, "[[12]]", 1),
        result("XmlWriteBenchmark.baseline", "1200", 10, "[[10]]", 1)) + "]";
    assertThat(Ratios.rows(json).get(0).verdict()).isEqualTo("no");
  }

  @Test
  void showsADashForBytesWhenTheRunHadNoGcProfiler() {
    String json = "[{\"benchmark\": \"io.github.jixiao.benchmarks.ValueParseBenchmark.sdk\","
        + " \"primaryMetric\": {\"score\": 6, \"scoreError\": 1, \"scoreUnit\": \"us/op\", \"rawData\": [[6]]}},"
        + " {\"benchmark\": \"io.github.jixiao.benchmarks.ValueParseBenchmark.baseline\","
        + " \"primaryMetric\": {\"score\": 12, \"scoreError\": 1, \"scoreUnit\": \"us/op\", \"rawData\": [[12]]}}]";
    assertThat(Ratios.table(Ratios.rows(json))).contains("| **0.50** | 0.50 | – vs – | ≤ 1.5 | yes |");
  }
}
