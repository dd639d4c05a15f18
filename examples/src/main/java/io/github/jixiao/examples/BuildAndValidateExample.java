package io.github.jixiao.examples;

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
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
// tag::validate-imports[]
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationReport;
// end::validate-imports[]
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Example: the Wei county 2025 project target tables (项目支出绩效目标表) built with the builders, one line per
 * published cell, then validated under the national policy. Prints every finding with its place and its
 * message in Chinese and English, and whether the tables may be stored.
 *
 * <pre>{@code
 * java -cp "examples/target/classes:…" io.github.jixiao.examples.BuildAndValidateExample
 * }</pre>
 */
public final class BuildAndValidateExample {
  private static final BudgetUnit WEI_LEAGUE = BudgetUnit.parse("712001中国共产主义青年团魏县委员会本级");

  private BuildAndValidateExample() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<ProjectTargetTable> tables = List.of(grassrootsOrganisations(), hardshipGrants());

    // tag::validate[]
    TableValidator validator = TableValidator.create();          // national policy; create once, reuse
    ValidationReport report = validator.validate(tables);        // both tables: codes are compared too
    for (Finding f : report.findings()) {
      String where = "table " + (f.table() + 1) + " «" + tables.get(f.table()).projectName().orElse("") + "»"
          + (f.indicator().isPresent() ? " · row " + (f.indicator().getAsInt() + 1) : "")   // people count from 1
          + " · " + f.field().wireName() + f.detail().map(d -> " · " + d).orElse("");
      out.printf("%-12s %-8s %s%n", f.rule().id(), f.severity().id(), where);
      out.printf("%22s%s%n", "", f.message(Locale.CHINESE));
      out.printf("%22s%s%n", "", f.message(Locale.ENGLISH));
    }
    out.printf("%d errors, %d warnings, %d infos: %s%n", report.findings(Severity.ERROR).size(),
        report.findings(Severity.WARNING).size(), report.findings(Severity.INFO).size(),
        report.hasErrors() ? "not storable" : "storable");
    // end::validate[]
  }

  /** 1.2025年基层团组织经费: 其他资金 and the 12月底 checkpoint were left blank in the published table. */
  static ProjectTargetTable grassrootsOrganisations() {
    String basis = "年度工作安排";
    return ProjectTargetTable.builder()
        .fiscalYear(2025)
        .unit(WEI_LEAGUE)
        .projectCode("13043425P00450110058B")
        .projectName("2025年基层团组织经费")
        .budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"), null))
        .fundUse("创建基层优秀团组织、积极响应入团")
        .spendingPlan(SpendingPlan.standard("30%", "30%", "100%", ""))
        .addGoal("创建基层优秀团组织、积极响应入团")
        .addGoal("推进基层团组织工作、有效提高工作效率")
        .addIndicator(OUTPUT, QUANTITY, "创建基层优秀团组织数量", "创建优秀团组织22个", "≥22个", basis)
        .addIndicator(OUTPUT, QUALITY, "优秀团组织符合要求率", "先进组织符合要求率达到90%", "≥90%", basis)
        .addIndicator(OUTPUT, TIMELINESS, "表彰活动完成时间", "2025年12月底前", "2025年12月底完成", basis)
        .addIndicator(OUTPUT, COST, "团组织经费总额", "基层团组织印发资料、团组织用品", "≤5万", basis)
        .addIndicator(BENEFIT, SOCIAL_BENEFIT, "改善团组织工作环境", "有效改善团组织工作环境", "≥90%", basis)
        .addIndicator(BENEFIT, SUSTAINABLE_IMPACT, "保障团组织数量稳定", "保障广大团员积入团", "≥90%", basis)
        .addIndicator(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION, "团组织成员满意度", "团组织成员满意度", "≥90%",
            basis)
        .build();
  }

  /** 2.2025年特困生救助金: a benefit row holds a sentence, and the satisfaction target is ≤100%. */
  static ProjectTargetTable hardshipGrants() {
    String basis = "单位年度工作计划";
    return ProjectTargetTable.builder()
        .fiscalYear(2025)
        .unit(WEI_LEAGUE)
        .projectCode("13043425P00437410002E")
        .projectName("2025年特困生救助金")
        .budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"), null))
        .fundUse("2025年全县特困生救济100人，改善特困儿童学习、生活环境")
        .spendingPlan(SpendingPlan.standard("30%", "30%", "100%", ""))
        .addGoal("2025年全县特困生救济100人，改善特困儿童学习、生活环境")
        .addIndicator(OUTPUT, QUANTITY, "全县特困生救助人数", "全县特困生救助100人", "100人", basis)
        .addIndicator(OUTPUT, QUALITY, "贫困生救助率", "贫困生救助率100%", "100%", basis)
        .addIndicator(OUTPUT, TIMELINESS, "救助活动及时率", "2025年12月底发放完毕", "100%", basis)
        .addIndicator(OUTPUT, COST, "发放救济物品资金金额", "发放救济物品5万元", "≤5万元", basis)
        .addIndicator(BENEFIT, ECONOMIC_BENEFIT, "改善孩子学习环境", "救济物品改善孩子学习、生活环境",
            "救济物品主要是学习和生活用品", basis)
        .addIndicator(BENEFIT, SUSTAINABLE_IMPACT, "提高儿童学习积极性", "儿童更加热爱学习",
            "所发物品提高儿童学习积极性", basis)
        .addIndicator(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION, "收益特困生满意度", "收益特困生满意度达到100%",
            "≤100%", "问卷调查")
        .build();
  }
}
