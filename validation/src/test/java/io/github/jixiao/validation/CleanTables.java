package io.github.jixiao.validation;

import static io.github.jixiao.core.IndicatorCategory.BENEFIT;
import static io.github.jixiao.core.IndicatorCategory.OUTPUT;
import static io.github.jixiao.core.IndicatorCategory.SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.COST;
import static io.github.jixiao.core.IndicatorSubcategory.QUALITY;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static io.github.jixiao.core.IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.SOCIAL_BENEFIT;
import static io.github.jixiao.core.IndicatorSubcategory.SUSTAINABLE_IMPACT;
import static io.github.jixiao.core.IndicatorSubcategory.TIMELINESS;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.fixtures.SeedTables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table built from the Wei county 2025 facts with every defect of the published one put right: its
 * framework stated, 其他资金 0, a complete spending plan. It must yield no finding at all.
 */
final class CleanTables {
  /** Rows of {@link #wei()}: 0 quantity, 1 quality, 2 timeliness, 3 cost, 4 social, 5 sustainable, 6 satisfaction. */
  static final int QUANTITY_ROW = 0;
  static final int QUALITY_ROW = 1;
  static final int TIMELINESS_ROW = 2;
  static final int COST_ROW = 3;
  static final int BENEFIT_ROW = 4;
  static final int SATISFACTION_ROW = 6;

  private CleanTables() {}

  static ProjectTargetTable wei() {
    return ProjectTargetTable.builder()
        .fiscalYear(2025)
        .unit(SeedTables.WEI_UNIT)
        .projectCode("13043425P00450110058B")
        .projectName("2025年基层团组织经费")
        .budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"), Amount.wanYuan("0")))
        .fundUse("创建基层优秀团组织、积极响应入团")
        .spendingPlan(SpendingPlan.standard("30%", "60%", "90%", "100%"))
        .addGoal("创建基层优秀团组织、积极响应入团")
        .addGoal("推进基层团组织工作、有效提高工作效率")
        .addIndicator(row(OUTPUT, QUANTITY, "创建基层优秀团组织数量", "创建优秀团组织22个", "≥22个"))
        .addIndicator(row(OUTPUT, QUALITY, "优秀团组织符合要求率", "先进组织符合要求率达到90%", "≥90%"))
        .addIndicator(row(OUTPUT, TIMELINESS, "表彰活动完成时间", "2025年12月底前", "2025年12月底完成"))
        .addIndicator(row(OUTPUT, COST, "团组织经费总额", "基层团组织印发资料、团组织用品", "≤5万"))
        .addIndicator(row(BENEFIT, SOCIAL_BENEFIT, "改善团组织工作环境", "有效改善团组织工作环境", "≥90%"))
        .addIndicator(row(BENEFIT, SUSTAINABLE_IMPACT, "保障团组织数量稳定", "保障广大团员积入团", "≥90%"))
        .addIndicator(row(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION, "团组织成员满意度", "团组织成员满意度", "≥90%"))
        .framework(IndicatorFramework.CLASSIC)
        .build();
  }

  static Indicator row(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
      String description, String target) {
    return Indicator.builder().category(category).subcategory(subcategory).name(name).description(description)
        .target(target).basis("年度工作安排").build();
  }

  /** The clean table with row {@code index} changed by {@code change}. */
  static ProjectTargetTable withRow(int index, UnaryOperator<Indicator.Builder> change) {
    ProjectTargetTable t = wei();
    List<Indicator> rows = new ArrayList<>(t.indicators());
    rows.set(index, change.apply(rows.get(index).toBuilder()).build());
    return t.withIndicators(rows);
  }

  /** The clean table with row {@code index}'s target value replaced. */
  static ProjectTargetTable withTarget(int index, String target) {
    return withRow(index, b -> b.target(target));
  }

  /** The clean table without row {@code index}. */
  static ProjectTargetTable without(int index) {
    ProjectTargetTable t = wei();
    List<Indicator> rows = new ArrayList<>(t.indicators());
    rows.remove(index);
    return t.withIndicators(rows);
  }

  /** The clean table with {@code extra} appended. */
  static ProjectTargetTable plus(Indicator extra) {
    ProjectTargetTable t = wei();
    List<Indicator> rows = new ArrayList<>(t.indicators());
    rows.add(extra);
    return t.withIndicators(rows);
  }
}
