package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.evaluation.RandomEvaluationTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated self-evaluation tables written as Word documents read back equal: tables made of the cells real forms
 * hold (defects, blank and absent cells, several goals, line breaks, every money unit) all of them, and the
 * hostile tables of {@link RandomEvaluationTables} either equal or refused with the path of a cell the form
 * cannot carry.
 */
class SelfEvaluationDocumentRoundTripTest {
  private static final int RUNS = 40;
  private static final String[] ACTUALS = {"23个", "≥95%", "完成", "88%", "0.35万元", "", "优", "2024年10月底", "６．１万人",
      "基本完成", "100%"};
  private static final String[] SCORES = {"9.5", "7分", "９．５", "十分", "≥100%", "完成", "20", "0", "12.50"};
  private static final String[] TARGETS = {"≥22个", "≥90%", "100%", "≤0.40万元", "2024年11月底前", "持续改善", "≥6.5万人", ""};
  private static final String[] TEXTS = {"新建基层团组织", "志愿服务活动场次", "受益群众满意度", "维修供水管网长度",
      "部分村（社区）活动场地偏远", "已列入明年计划", "教师培训人次", "水质抽检合格率", "（一）完成全年任务", "1、2号泵站"};
  private static final String[] GRADES = {"优", "良", "中", "差", "良好", "合格"};

  @Test
  void generatedFormsReadBackEqual() {
    for (long seed = 1; seed <= RUNS; seed++) {
      Random random = new Random(seed);
      List<SelfEvaluationTable> tables = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(3); i++) {
        tables.add(form(random));
      }
      List<SelfEvaluationTable> back =
          SelfEvaluationDocumentWriterTest.read(SelfEvaluationDocumentWriterTest.written(tables)).value();
      assertThat(back).as("seed %d", seed).isEqualTo(tables);
      for (int i = 0; i < tables.size(); i++) {
        assertThat(back.get(i).absentEvaluationCells()).as("seed %d table %d", seed, i)
            .isEqualTo(tables.get(i).absentEvaluationCells());
      }
    }
  }

  @Test
  void hostileGeneratedTablesReadBackEqualOrAreRefusedByPath() {
    int written = 0;
    int refused = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      SelfEvaluationTable t = RandomEvaluationTables.withSeed(seed, true).selfEvaluation();
      byte[] docx;
      try {
        docx = SelfEvaluationDocumentWriterTest.written(List.of(t));
      } catch (WriteException e) {
        // a cell given empty, text padded with spaces or a BOM, an amount in another unit, a year the code implies
        assertThat(e.getMessage()).as("seed %d", seed).startsWith("tables[0]")
            .containsAnyOf("reads back as", "a published table states one money unit");
        refused++;
        continue;
      }
      assertThat(SelfEvaluationDocumentWriterTest.read(docx).value()).as("seed %d", seed).containsExactly(t);
      written++;
    }
    assertThat(written + refused).isEqualTo(RUNS);
    assertThat(refused).as("hostile text is refused").isPositive();
  }

  /** One table as real forms fill it, its absent cells left blank. */
  private static SelfEvaluationTable form(Random random) {
    AmountUnit unit = AmountUnit.values()[random.nextInt(AmountUnit.values().length)];
    SelfEvaluationTable.Builder b = SelfEvaluationTable.builder().fiscalYear(2019 + random.nextInt(8))
        .amountUnit(unit).projectName(pick(random, TEXTS) + "项目");
    if (random.nextBoolean()) {
      b.projectCode("1304" + (1000 + random.nextInt(9000)) + "P00450110058B");
    }
    if (random.nextBoolean()) {
      b.unit(random.nextBoolean() ? BudgetUnit.of("712001", "共青团青溪县委员会") : BudgetUnit.ofName("青溪县实验小学"));
    }
    for (int g = random.nextInt(4); g > 0; g--) {
      b.addGoals(pick(random, TEXTS) + "，全年" + (10 + random.nextInt(90)) + "次。");
    }
    Set<SelfEvaluationField> absent = EnumSet.noneOf(SelfEvaluationField.class);
    for (SelfEvaluationField f : SelfEvaluationField.values()) {
      if (random.nextInt(5) == 0) {
        absent.add(f);
      }
    }
    b.absentEvaluationCells(absent);
    BudgetExecution.Builder line = BudgetExecution.builder();
    amount(random, unit, absent, SelfEvaluationField.INITIAL_BUDGET).ifPresent(line::initialBudgetCell);
    amount(random, unit, absent, SelfEvaluationField.ANNUAL_BUDGET).ifPresent(line::annualBudgetCell);
    amount(random, unit, absent, SelfEvaluationField.ANNUAL_SPENDING).ifPresent(line::annualSpendingCell);
    text(random, absent, SelfEvaluationField.EXECUTION_RATE, new String[] {"90.00%", "95", "0.9", "百分之九十"})
        .ifPresent(line::executionRateText);
    text(random, absent, SelfEvaluationField.EXECUTION_WEIGHT, new String[] {"10", "10分", "１０"})
        .ifPresent(line::weightText);
    text(random, absent, SelfEvaluationField.EXECUTION_SCORE, SCORES).ifPresent(line::scoreText);
    b.budgetExecution(line.build());
    text(random, absent, SelfEvaluationField.OUTCOME, new String[] {"全年完成维修163处次。", "新建团组织23个；\n活动12场。"})
        .ifPresent(b::outcome);
    text(random, absent, SelfEvaluationField.TOTAL_SCORE, SCORES).ifPresent(b::totalScoreText);
    text(random, absent, SelfEvaluationField.GRADE, GRADES).ifPresent(b::gradeText);
    IndicatorCategory[] categories = {IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT,
        IndicatorCategory.SATISFACTION};
    IndicatorSubcategory[] subcategories = {IndicatorSubcategory.QUANTITY, IndicatorSubcategory.QUALITY,
        IndicatorSubcategory.SOCIAL_BENEFIT, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION};
    for (int j = random.nextInt(9); j > 0; j--) {
      Indicator.Builder i = Indicator.builder().category(pick(random, categories))
          .subcategory(pick(random, subcategories)).name(pick(random, TEXTS)).target(pick(random, TARGETS));
      if (random.nextInt(4) == 0) {
        i.description(pick(random, TEXTS));
      }
      if (random.nextInt(4) == 0) {
        i.basis(pick(random, TEXTS));
      }
      if (random.nextInt(4) > 0) {
        i.weight(new BigDecimal(5 * random.nextInt(7)));
      }
      EvaluatedIndicator.Builder e = EvaluatedIndicator.builder().indicator(i.build());
      if (!absent.contains(SelfEvaluationField.ACTUAL)) {
        e.actual(pick(random, ACTUALS));
      }
      text(random, absent, SelfEvaluationField.SCORE, SCORES).ifPresent(e::scoreText);
      text(random, absent, SelfEvaluationField.DEVIATION,
          new String[] {"枯水期水量不足", "部分场地偏远；\n明年增设服务点"}).ifPresent(e::deviation);
      b.addIndicator(e.build());
    }
    return b.build();
  }

  /** A cell the layout has: blank or one of {@code values}; none when the layout lacks it. */
  private static Optional<String> text(Random random, Set<SelfEvaluationField> absent, SelfEvaluationField field,
      String[] values) {
    return absent.contains(field) || random.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(random, values));
  }

  private static Optional<WrittenAmount> amount(Random random, AmountUnit unit, Set<SelfEvaluationField> absent,
      SelfEvaluationField field) {
    if (absent.contains(field) || random.nextInt(4) == 0) {
      return Optional.empty();
    }
    return Optional.of(random.nextInt(5) == 0 ? WrittenAmount.parse("—", unit)
        : WrittenAmount.of(Amount.of(new BigDecimal(random.nextInt(1_000_000)).movePointLeft(2), unit)));
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
