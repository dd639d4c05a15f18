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
 * A county's follow-up tables, for the modules that read and write them in bulk: a Youth League committee's
 * year-end self-evaluation and a water bureau's mid-year monitoring table, each with the defects published
 * ones carry (a met target docked without a reason, a rate contradicting A and B, an actual copying the
 * target's expression, a verdict for an actual, a total that does not add up).
 */
public final class CountyFollowUpTables {
  private CountyFollowUpTables() {}

  private static Indicator row(IndicatorCategory c, IndicatorSubcategory s, String name, String target,
      String points) {
    return Indicator.builder().category(c).subcategory(s).name(name).target(target).weightText(points).build();
  }

  /** 某县团委's volunteer-service project: 6 + 18 + 27 + 9 + 9 published as 76, and 执行率 not B ÷ A. */
  public static SelfEvaluationTable youthLeagueVolunteers() {
    return SelfEvaluationTable.builder()
        .fiscalYear(2024)
        .unit(BudgetUnit.of("412003", "某县共青团委员会"))
        .projectCode("41102424P000100230017")
        .projectName("青年志愿服务阵地建设")
        .budgetExecution(BudgetExecution.builder()
            .initialBudget(Amount.of(new BigDecimal("30"), AmountUnit.WAN_YUAN))
            .annualBudget(Amount.of(new BigDecimal("28.6"), AmountUnit.WAN_YUAN))
            .annualSpendingCell(WrittenAmount.parse("25.74", AmountUnit.WAN_YUAN))
            .executionRateText("95%")
            .weightText("10")
            .scoreText("9")
            .build())
        .addGoals("建成乡镇青年志愿服务站点", "组织志愿服务活动并登记时长")
        .outcome("站点建成十二个，活动开展一百四十场")
        .addIndicators(
            EvaluatedIndicator.builder()
                .indicator(row(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "志愿服务站点建设数", "≥12个",
                    "20"))
                .actual("12个").scoreText("18").build(),
            EvaluatedIndicator.builder()
                .indicator(row(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "活动记录完整率", "≥95%", "20"))
                .actual("≥95%").scoreText("20").build(),
            EvaluatedIndicator.builder()
                .indicator(row(IndicatorCategory.OUTPUT, IndicatorSubcategory.TIMELINESS, "站点建成时间", "2024年10月底前",
                    "10"))
                .actual("完成").scoreText("6").deviation("两处站点因场地调整延至12月").build(),
            EvaluatedIndicator.builder()
                .indicator(row(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL_BENEFIT, "志愿服务时长",
                    "≥20000小时", "30"))
                .actual("18600小时").scoreText("27").build(),
            EvaluatedIndicator.builder()
                .indicator(row(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION,
                    "参与青年满意度", "≥90%", "10"))
                .actual("").build())
        .totalScoreText("76")
        .gradeText("良")
        .addAbsentEvaluationCells(SelfEvaluationField.DEVIATION)
        .build();
  }

  /** 某县水利局's first seven months: spending far behind, one row with no progress, an expected copying ≥. */
  public static MonitoringTable waterBureauMidYear() {
    return MonitoringTable.builder()
        .fiscalYear(2025)
        .unit(BudgetUnit.of("417011", "某县水利局"))
        .projectCode("41102425P000700510042")
        .projectName("农村饮水安全维修养护")
        .addGoals("维修养护农村集中供水工程，保障供水稳定")
        .periodText("1-7月")
        .initialBudgetCell(WrittenAmount.parse("200", AmountUnit.WAN_YUAN))
        .annualBudgetCell(WrittenAmount.parse("186.4", AmountUnit.WAN_YUAN))
        .spendingToDateCell(WrittenAmount.parse("52.19", AmountUnit.WAN_YUAN))
        .executionRateText("28%")
        .addIndicators(
            MonitoredIndicator.builder()
                .indicator(row(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "维修养护工程处数", "≥46处",
                    "25"))
                .progress("19处").expected("46处").deviation("汛期施工受限").correction("汛后集中开工").build(),
            MonitoredIndicator.builder()
                .indicator(row(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL_BENEFIT, "农村自来水普及率", "≥92%",
                    "30"))
                .progress("").expected("≥92%").build(),
            MonitoredIndicator.builder()
                .indicator(row(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION,
                    "受益群众满意度", "≥90%", "10"))
                .expected("完成").build())
        .addAbsentCells(TableField.BASIS)
        .addAbsentMonitoringCells(MonitoringField.EXPECTED_SPENDING)
        .build();
  }
}
