package io.github.jixiao.serialization.evaluation;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import java.math.BigDecimal;

/**
 * Hand-made self-evaluation and monitoring tables with the defects real ones have: an actual that copies the
 * target's expression, a verdict for an actual, a full-width score, a score in words, a rate that is not B ÷ A,
 * a grade that contradicts the total, cells the layout lacks beside cells left blank.
 */
final class EvaluationFixtures {
  private EvaluationFixtures() {}

  static Indicator indicator(IndicatorCategory c, IndicatorSubcategory s, String name, String target,
      String points) {
    return Indicator.builder().category(c).subcategory(s).name(name).target(target).weightText(points).build();
  }

  /** A community canteen's year: four rows, each wrong in its own way, and a budget line that does not add up. */
  static SelfEvaluationTable canteen() {
    return SelfEvaluationTable.builder()
        .fiscalYear(2025)
        .unit(BudgetUnit.of("301007", "某区民政局本级"))
        .projectCode("13010025000000000321")
        .projectName("社区老年助餐服务补助")
        .budgetExecution(BudgetExecution.builder()
            .initialBudget(Amount.of(new BigDecimal("120.00"), AmountUnit.WAN_YUAN))
            .annualBudget(Amount.of(new BigDecimal("118.50"), AmountUnit.WAN_YUAN))
            .annualSpendingCell(WrittenAmount.parse("1,102,300元", AmountUnit.WAN_YUAN))
            .executionRateText("98%")
            .weightText("10")
            .scoreText("９．３")
            .build())
        .addGoals("为辖区高龄老人提供每日午餐配送", "助餐点覆盖全部社区")
        .outcome("")
        .addIndicators(
            EvaluatedIndicator.of(indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "助餐服务人次",
                "≥36000人次", "20"), "35120人次", "20"),
            EvaluatedIndicator.builder()
                .indicator(indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "食品安全抽检合格率",
                    "≥100%", "15"))
                .actual("≥100%").scoreText("十五分").build(),
            EvaluatedIndicator.builder()
                .indicator(indicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL_BENEFIT, "老人就餐便利程度",
                    "明显改善", "30"))
                .actual("完成").scoreText("27").deviation("部分助餐点距离较远，明年增设配送线路").build(),
            EvaluatedIndicator.builder()
                .indicator(indicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION,
                    "服务对象满意度", "≥90%", "10"))
                .actual("  ").build())
        .totalScoreText("86.3")
        .gradeText("优秀")
        .addAbsentCells(TableField.BASIS)
        .addAbsentEvaluationCells(SelfEvaluationField.INITIAL_BUDGET)
        .build();
  }

  /** A first-seven-months monitoring table: spending behind the year, a row with no progress entered. */
  static MonitoringTable canteenMidYear() {
    return MonitoringTable.builder()
        .fiscalYear(2025)
        .unit(BudgetUnit.of("301007", "某区民政局本级"))
        .projectCode("13010025000000000321")
        .projectName("社区老年助餐服务补助")
        .addGoals("为辖区高龄老人提供每日午餐配送")
        .periodText("1-7月")
        .annualBudgetCell(WrittenAmount.of(Amount.of(new BigDecimal("118.50"), AmountUnit.WAN_YUAN)))
        .spendingToDateCell(WrittenAmount.parse("41.2万元", AmountUnit.WAN_YUAN))
        .executionRateText("34.77")
        .addIndicators(
            MonitoredIndicator.builder()
                .indicator(indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "助餐服务人次",
                    "≥36000人次", "20"))
                .progress("19800人次").expected("36000人次").build(),
            MonitoredIndicator.builder()
                .indicator(indicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION,
                    "服务对象满意度", "≥90%", "10"))
                .expected("≥90%").deviation("满意度调查安排在第四季度").correction("").build())
        .addAbsentMonitoringCells(MonitoringField.EXPECTED_SPENDING)
        .build();
  }
}
