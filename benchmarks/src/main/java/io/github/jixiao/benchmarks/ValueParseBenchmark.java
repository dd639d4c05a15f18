package io.github.jixiao.benchmarks;

import io.github.jixiao.core.TargetValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The target-value grammar against what a team would write instead: one regex splitting comparison, number
 * and unit. Both read every value string of the seed documents plus the forms other provinces publish.
 * The baseline does less (no dates, periods, words, full-width forms, or canonical text), which is the point:
 * the ratio says what the complete grammar costs over the minimum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValueParseBenchmark {
  /** Every value cell of the two seed documents, then other published forms. */
  static final List<String> VALUES = List.of(
      "≥22个", "≥90%", "2025年12月底完成", "≤5万", "≥90%", "≥90%", "≥90%", "100人", "100%", "100%", "≤5万元",
      "救济物品主要是学习和生活用品", "所发物品提高儿童学习积极性", "≤100%", "组织培训班次", "组织培训活动", "组织培训活动次数",
      "组织宣传活动次数", "≥80认可度", "≥78人数", "≥78人数", "参加志愿服务活动人数", "≥80认可度", "科普调查满意度",
      "参加志愿服务活动", "组织前往宣传教育基地的参观人数", "宣传活动次数", "志愿者派遣数量", "志愿者派遣数", "≥85满意度",
      "≥85满意度", "志愿者数量", "≥85满意度", "≥85满意度", "≥80满意度", ">80认可度", "开展志愿活动", "开展科普等相关活动",
      "参加志愿服务活动", "参加志愿服务活动", "≥80满意度调查", "≥80满意度调查", "≥80满意度调查", "≥78满意度调查",
      "不低于90%", "＞＝95％", "5万元以内", "2023.07-2024.01", "44,561", "优良", "", "≤650000元", "2");

  private static final Pattern SPLIT = Pattern.compile("^\\s*(>=|<=|≥|≤|>|<|=)?\\s*(\\d+(?:\\.\\d+)?)\\s*(.*)$");

  @Benchmark
  public void sdk(Blackhole bh) {
    for (String v : VALUES) {
      bh.consume(TargetValue.parse(v));
    }
  }

  @Benchmark
  public void baseline(Blackhole bh) {
    for (String v : VALUES) {
      Matcher m = SPLIT.matcher(v);
      if (m.matches()) {
        bh.consume(m.group(1));
        bh.consume(new BigDecimal(m.group(2)));
        bh.consume(m.group(3));
      } else {
        bh.consume(v);
      }
    }
  }
}
