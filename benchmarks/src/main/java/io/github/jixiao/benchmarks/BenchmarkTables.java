package io.github.jixiao.benchmarks;

import static io.github.jixiao.core.IndicatorCategory.BENEFIT;
import static io.github.jixiao.core.IndicatorCategory.OUTPUT;
import static io.github.jixiao.core.IndicatorCategory.SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.COST;
import static io.github.jixiao.core.IndicatorSubcategory.ECONOMIC_BENEFIT;
import static io.github.jixiao.core.IndicatorSubcategory.QUALITY;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static io.github.jixiao.core.IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.SOCIAL_BENEFIT;
import static io.github.jixiao.core.IndicatorSubcategory.SUSTAINABLE_IMPACT;
import static io.github.jixiao.core.IndicatorSubcategory.TIMELINESS;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import java.util.List;

/**
 * The benchmark fixtures (基准测试用表): project target tables with the facts of the Wei county 2025 and
 * Dingzhou 2021 seed tables, built in main code because a benchmark jar cannot use the core test-jar.
 * A realistic table has 12 indicators, as the seeds do; a large one repeats the 12 rows with numbered
 * names, so that no two rows are duplicates.
 */
public final class BenchmarkTables {
  /** Indicators in a realistic table. */
  public static final int REALISTIC = 12;
  /** Indicators in a large table. */
  public static final int LARGE = 1_200;

  private static final BudgetUnit UNIT = BudgetUnit.of("712001", "中国共产主义青年团魏县委员会本级");
  private static final List<Indicator> ROWS = List.of(
      row(OUTPUT, QUANTITY, "全县特困生救助人数", "全县特困生救助100人", "100人", "单位年度工作计划"),
      row(OUTPUT, QUANTITY, "创建基层优秀团组织数量", "创建优秀团组织22个", "≥22个", "年度工作安排"),
      row(OUTPUT, QUALITY, "优秀团组织符合要求率", "先进组织符合要求率达到90%", "≥90%", "年度工作安排"),
      row(OUTPUT, QUALITY, "贫困生救助率", "贫困生救助率100%", "100%", "单位年度工作计划"),
      row(OUTPUT, TIMELINESS, "表彰活动完成时间", "2025年12月底前", "2025年12月底完成", "年度工作安排"),
      row(OUTPUT, COST, "发放救济物品资金金额", "发放救济物品5万元", "≤5万元", "单位年度工作计划"),
      row(BENEFIT, ECONOMIC_BENEFIT, "改善孩子学习环境", "救济物品改善孩子学习、生活环境", "救济物品主要是学习和生活用品",
          "单位年度工作计划"),
      row(BENEFIT, SOCIAL_BENEFIT, "改善团组织工作环境", "有效改善团组织工作环境", "≥90%", "年度工作安排"),
      row(BENEFIT, SOCIAL_BENEFIT, "补助人群改善情况", "调查中满意和较满意的人数", "≥78人数", "调查中满意和较满意人数"),
      row(BENEFIT, SUSTAINABLE_IMPACT, "保障团组织数量稳定", "保障广大团员积入团", "≥90%", "年度工作安排"),
      row(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION, "团组织成员满意度", "团组织成员满意度", "≥90%", "年度工作安排"),
      row(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION, "群众满意度", "通过问卷调查，满意和较满意的数量", ">80认可度", "社会认可度"));

  private BenchmarkTables() {}

  /** A table of 12 indicators with the seeds' facts. */
  public static ProjectTargetTable realistic() {
    return withIndicators(REALISTIC, 0);
  }

  /** A table of {@code indicators} rows; {@code serial} (0 to 999,999,999,999) makes its project code. */
  public static ProjectTargetTable withIndicators(int indicators, long serial) {
    ProjectTargetTable.Builder b = ProjectTargetTable.builder()
        .fiscalYear(2025)
        .unit(UNIT)
        .projectCode(String.format("13043425P%012d", serial))
        .projectName("2025年特困生救助金")
        .budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"), Amount.wanYuan("0")))
        .fundUse("2025年全县特困生救济100人，改善特困儿童学习、生活环境")
        .spendingPlan(SpendingPlan.standard("30%", "60%", "90%", "100%"))
        .addGoal("全县特困生救济100人")
        .addGoal("创建基层优秀团组织、积极响应入团");
    for (int i = 0; i < indicators; i++) {
      Indicator row = ROWS.get(i % ROWS.size());
      b.addIndicator(i < ROWS.size() ? row : row.withName(row.name() + "（" + (i / ROWS.size() + 1) + "）"));
    }
    return b.build();
  }

  private static Indicator row(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
      String description, String target, String basis) {
    return Indicator.builder().category(category).subcategory(subcategory).name(name)
        .description(description).target(target).basis(basis).build();
  }
}
