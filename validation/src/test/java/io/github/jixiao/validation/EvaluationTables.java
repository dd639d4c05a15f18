package io.github.jixiao.validation;

import static io.github.jixiao.core.IndicatorCategory.BENEFIT;
import static io.github.jixiao.core.IndicatorCategory.OUTPUT;
import static io.github.jixiao.core.IndicatorCategory.SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.COST;
import static io.github.jixiao.core.IndicatorSubcategory.QUALITY;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static io.github.jixiao.core.IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.SOCIAL_BENEFIT;
import static io.github.jixiao.core.IndicatorSubcategory.TIMELINESS;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A county's 2025 rural road upkeep project, evaluated at the year's end and monitored in the summer, with every
 * number consistent under the national policy: it yields no finding. Total 99.50, grade 优; the budget line is
 * 114 of 120 万元 spent, 95%, 9.5 of 10 points.
 */
final class EvaluationTables {
  /** Rows: 0 mileage, 1 acceptance rate, 2 response time, 3 cost per km, 4 travel (qualitative), 5 satisfaction. */
  static final int MILEAGE_ROW = 0;
  static final int ACCEPTANCE_ROW = 1;
  static final int TRAVEL_ROW = 4;
  static final int SATISFACTION_ROW = 5;
  static final String GOAL_1 = "完成全县80公里农村公路日常养护";
  static final String GOAL_2 = "养护路段验收合格率不低于95%，沿线群众出行条件明显改善";

  private EvaluationTables() {}

  static SelfEvaluationTable roads() {
    return SelfEvaluationTable.builder()
        .fiscalYear(2025)
        .projectCode("41052625P00310220013A")
        .projectName("2025年农村公路日常养护")
        .addGoals(GOAL_1, GOAL_2)
        .outcome("全年养护农村公路86公里，抽检验收合格率97%，沿线群众满意度93%")
        .budgetExecution(BudgetExecution.builder()
            .annualBudget(Amount.wanYuan("120.00"))
            .annualSpending(Amount.wanYuan("114.00"))
            .executionRateText("95.00%")
            .weightText("10")
            .scoreText("9.5")
            .build())
        .addIndicator(row(OUTPUT, QUANTITY, "养护道路里程", "≥80公里", "20", "86公里", "20"))
        .addIndicator(row(OUTPUT, QUALITY, "养护验收合格率", "≥95%", "15", "97%", "15"))
        .addIndicator(row(OUTPUT, TIMELINESS, "路面损毁修复响应时间", "≤48小时", "5", "36小时", "5"))
        .addIndicator(row(OUTPUT, COST, "每公里养护成本", "≤1.5万元", "10", "1.33万元", "10"))
        .addIndicator(row(BENEFIT, SOCIAL_BENEFIT, "群众出行条件", "明显改善", "30", "明显改善", "30"))
        .addIndicator(row(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION, "沿线群众满意度", "≥90%", "10", "93%", "10"))
        .totalScoreText("99.5")
        .gradeText("优")
        .build();
  }

  static EvaluatedIndicator row(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
      String target, String points, String actual, String score) {
    return EvaluatedIndicator.of(Indicator.of(category, subcategory, name, target).withWeightText(points), actual,
        score);
  }

  /** {@link #roads()} with row {@code index} changed. */
  static SelfEvaluationTable withRow(int index, UnaryOperator<EvaluatedIndicator.Builder> change) {
    SelfEvaluationTable t = roads();
    List<EvaluatedIndicator> rows = new ArrayList<>(t.indicators());
    rows.set(index, change.apply(rows.get(index).toBuilder()).build());
    return t.withIndicators(rows);
  }

  /** {@link #roads()} with the budget line changed. */
  static SelfEvaluationTable withLine(UnaryOperator<BudgetExecution.Builder> change) {
    SelfEvaluationTable t = roads();
    return t.withBudgetExecution(change.apply(t.budgetExecution().toBuilder()).build());
  }

  /** The same project monitored through July: 70 of 120 万元 spent (58.33%, the share of the year elapsed). */
  static MonitoringTable roadsThroughJuly() {
    return MonitoringTable.builder()
        .fiscalYear(2025)
        .projectCode("41052625P00310220013A")
        .projectName("2025年农村公路日常养护")
        .periodText("1-7月")
        .annualBudgetCell(WrittenAmount.of(Amount.wanYuan("120.00")))
        .spendingToDateCell(WrittenAmount.of(Amount.wanYuan("70.00")))
        .executionRateText("58.33%")
        .addIndicator(MonitoredIndicator.builder()
            .indicator(Indicator.of(OUTPUT, QUANTITY, "养护道路里程", "≥80公里"))
            .progress("51公里")
            .expected("85公里")
            .build())
        .build();
  }
}
