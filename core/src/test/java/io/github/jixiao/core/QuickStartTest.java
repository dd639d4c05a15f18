package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, compiled and run. {@link #readmeShowsThisVeryCode} keeps the README's copy
 * identical to the code between the tag comments.
 */
class QuickStartTest {

  @Test
  void buildsAndReadsATable() {
    // tag::quickstart[]
    ProjectTargetTable table = ProjectTargetTable.builder()
        .fiscalYear(2025)
        .unit(BudgetUnit.parse("712001中国共产主义青年团魏县委员会本级"))
        .amountUnit(AmountUnit.WAN_YUAN)
        .projectCode("13043425P00437410002E")
        .projectName("2025年特困生救助金")
        .budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"), null))   // 其他资金 left blank
        .spendingPlan(SpendingPlan.standard("30%", "30%", "100%", ""))            // 12月底 left blank
        .addGoal("全县特困生救助100人")
        .addIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY,      // 一级, 二级
            "全县特困生救助人数", "全县特困生救助100人", "100人", "单位年度工作计划")        // 三级, 描述, 指标值, 依据
        .addIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.COST,
            "发放救济物品资金金额", "发放救济物品5万元", "≤5万元", "单位年度工作计划")
        .addIndicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION,
            "受益学生满意度", "受益学生满意度达到100%", "≤100%", "问卷调查")
        .build();   // content defects (the blank cells, ≤100%) are the validator's business

    TargetValue cost = table.indicators().get(1).target();
    if (cost instanceof Quantity) {
      Quantity q = (Quantity) cost;
      q.comparison();   // Comparison.AT_MOST
      q.asAmount();     // Optional[5万元]
    }
    cost.raw();         // "≤5万元", exactly as typed
    // end::quickstart[]

    assertThat(table.unit().orElseThrow().code()).contains("712001");
    Quantity q = (Quantity) cost;
    assertThat(q.comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(q.asAmount()).contains(Amount.of(new BigDecimal("5"), AmountUnit.WAN_YUAN));
    assertThat(cost.raw()).isEqualTo("≤5万元");
    assertThat(table.budget().otherFunds()).isEmpty();
  }

  @Test
  void readmeShowsThisVeryCode() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/jixiao/core/QuickStartTest.java"),
        StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String snippet = between(source, "// tag::quickstart[]\n", "    // end::quickstart[]");
    String unindented = snippet.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    assertThat(readme).contains(unindented);
  }

  /** The README opens the quick start with its import lines: each names a real class, and none is missing. */
  @Test
  void readmeImportsEveryTypeTheQuickStartUses() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.lastIndexOf("```java\n", readme.indexOf("ProjectTargetTable table =")));
    java.util.List<String> imported = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^import ([\\w.]+);$").matcher(
        block.substring(0, block.indexOf("ProjectTargetTable table =")));
    while (m.find()) {
      Class.forName(m.group(1));   // a name that does not exist fails here
      imported.add(m.group(1).substring(m.group(1).lastIndexOf('.') + 1));
    }
    assertThat(imported).containsExactlyInAnyOrder("Amount", "AmountUnit", "Budget", "BudgetUnit",
        "IndicatorCategory", "IndicatorSubcategory", "ProjectTargetTable", "Quantity", "SpendingPlan",
        "TargetValue");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
