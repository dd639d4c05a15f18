package io.github.jixiao.examples;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
// tag::score-imports[]
import io.github.jixiao.core.scoring.NotScored;
import io.github.jixiao.core.scoring.ScoreCard;
import io.github.jixiao.core.scoring.ScoreResult;
import io.github.jixiao.core.scoring.Scored;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.validation.EvaluationFinding;
import io.github.jixiao.validation.EvaluationReport;
import io.github.jixiao.validation.SelfEvaluationValidator;
// end::score-imports[]
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Example: the year-end self-evaluation (项目支出绩效自评表) of the 2025 grassroots League organisations project,
 * started from its target table, filled in as a unit would (with two scores that ignore their numbers), scored
 * under the national policy and validated. Prints each row's published and computed score, the recomputed total,
 * and every finding in Chinese and English.
 *
 * <pre>{@code
 * java -cp "examples/target/classes:…" io.github.jixiao.examples.SelfEvaluationExample
 * }</pre>
 */
public final class SelfEvaluationExample {

  private SelfEvaluationExample() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SelfEvaluationTable table = yearEnd(BuildAndValidateExample.grassrootsOrganisations());

    // tag::score[]
    ScoreCard card = ScoringPolicy.national().score(table);       // exact, rounded once to 2 places half up
    for (int i = 0; i < table.indicators().size(); i++) {
      EvaluatedIndicator row = table.indicators().get(i);
      out.printf("row %d %-14s target %-18s actual %-12s published %-5s computed %s%n", i + 1,
          row.indicator().name(), row.indicator().target().raw(), row.actual().raw(),
          row.scoreText().orElse("-"), computed(card.indicators().get(i)));
    }
    out.printf("budget line: published %s, computed %s%n", table.budgetExecution().scoreText().orElse("-"),
        computed(card.execution()));
    out.printf("total score: published %s, recomputed %s (%s)%n", table.totalScoreText().orElse("-"),
        card.total().map(BigDecimal::toPlainString).orElse("-"),
        card.grade().map(Grade::label).orElse("-"));

    EvaluationReport report = SelfEvaluationValidator.create().validate(table);
    for (EvaluationFinding f : report.findings()) {
      String where = (f.indicator().isPresent() ? "row " + (f.indicator().getAsInt() + 1) + " · " : "") + f.field();
      out.printf("%-12s %-8s %s%n", f.rule().id(), f.severity().id(), where);
      out.printf("%22s%s%n", "", f.message(Locale.CHINESE));
      out.printf("%22s%s%n", "", f.message(Locale.ENGLISH));
    }
    // end::score[]
  }

  /** What the policy computes for a row: its score, or why the numbers allow none. */
  private static String computed(ScoreResult result) {
    if (result instanceof Scored scored) {
      return scored.value().toPlainString();
    }
    return "none (" + ((NotScored) result).reason() + ")";
  }

  /**
   * The self-evaluation a unit would publish for {@code target}: points on the national 50/30/10/10 split,
   * actuals as reached, and two scores a reviewer would question — a missed target (88% against ≥90%) given
   * full points, and a target met (95% against ≥90%) docked three points, neither with a word of reason.
   */
  static SelfEvaluationTable yearEnd(ProjectTargetTable target) {
    String[][] filled = {
        // points, actual, score
        {"20", "24个", "20"},
        {"10", "92%", "10"},
        {"10", "2025年12月20日", "10"},
        {"10", "4.8万", "10"},
        {"15", "88%", "15"},
        {"15", "95%", "12"},
        {"10", "96%", "10"}};
    SelfEvaluationTable started = SelfEvaluationTable.forTarget(target).build();
    List<EvaluatedIndicator> rows = new ArrayList<>();
    for (int i = 0; i < filled.length; i++) {
      rows.add(started.indicators().get(i).withPoints(filled[i][0]).toBuilder()
          .actual(filled[i][1]).scoreText(filled[i][2]).build());
    }
    return started.toBuilder()
        .indicators(rows)
        .budgetExecution(BudgetExecution.builder()
            .initialBudget(Amount.wanYuan("5.00"))
            .annualBudget(Amount.wanYuan("5.00"))
            .annualSpending(Amount.wanYuan("4.80"))
            .executionRateText("96%")
            .weightText("10")
            .scoreText("9.6")
            .build())
        .outcome("全年创建基层优秀团组织24个，表彰活动于12月中旬完成，经费支出4.8万元。")
        .totalScoreText("96.6")
        .gradeText("优")
        .build();
  }
}
