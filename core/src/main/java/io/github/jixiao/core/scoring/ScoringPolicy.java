package io.github.jixiao.core.scoring;

import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.SelfEvaluationTable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a self-evaluation is scored (评分办法): the points each category should carry, and the score of each
 * indicator row and of the budget line computed from the numbers. Scores are exact decimals rounded once, to two
 * places half up.
 *
 * <p>{@link #national()} is the policy of 财预〔2020〕10号. A province that weights or caps differently is
 * {@link #builder()} with its own settings; one that scores differently altogether implements this interface.
 *
 * <pre>{@code
 * ScoreCard card = ScoringPolicy.national().score(table);
 * card.total();   // Optional[87.50]
 * }</pre>
 */
public interface ScoringPolicy {

  /**
   * The national policy (财预〔2020〕10号): 产出 50, 效益 30, 满意度 10 and budget execution 10 points; a missed
   * target scored by the ratio of actual and target with no cap and no threshold; the grades of docs/scoring.md;
   * amounts in different money units not converted.
   */
  static ScoringPolicy national() {
    return StandardPolicy.NATIONAL;
  }

  /** A builder that starts from the national policy's settings. */
  static Builder builder() {
    return new Builder();
  }

  /** A short name for reports: {@code 财预〔2020〕10号}. */
  String name();

  /**
   * The points the indicators of {@code category} should add up to; empty for a category the policy does not
   * weight on its own (the national policy counts 成本指标 within 产出's 50).
   */
  Optional<BigDecimal> weight(IndicatorCategory category);

  /** The points of the budget line, used when the table leaves its 分值 blank. */
  BigDecimal executionWeight();

  /** The score of one indicator row, from its target, actual and points. */
  ScoreResult score(EvaluatedIndicator row);

  /** The score of the budget line, from A, B and its points. */
  ScoreResult scoreExecution(BudgetExecution line);

  /**
   * How many percentage points a monitoring table's spending may lag the share of the year elapsed before a
   * reviewer calls it behind schedule ({@code 1-7月} is 58.33% of the year; with 10, a rate under 48.33% is
   * behind). The national policy allows 10; a policy implemented outside this library allows 10 unless it says
   * otherwise.
   */
  default BigDecimal monitoringLag() {
    return StandardPolicy.NATIONAL_MONITORING_LAG;
  }

  /** The scores of a whole table: every row in order, and the budget line. */
  default ScoreCard score(SelfEvaluationTable table) {
    List<ScoreResult> rows = table.indicators().stream().map(this::score).toList();
    return ScoreCard.of(rows, scoreExecution(table.budgetExecution()));
  }

  /**
   * Builds a policy that scores as the national one does, with other weights, grades, caps or thresholds: a
   * provincial variant.
   */
  final class Builder {
    String name = "custom";
    final Map<IndicatorCategory, BigDecimal> weights = new EnumMap<>(IndicatorCategory.class);
    BigDecimal executionWeight;
    final Map<String, BigDecimal> grades = new LinkedHashMap<>();
    BigDecimal missedCap = BigDecimal.ONE;
    BigDecimal zeroBelow = BigDecimal.ZERO;
    boolean convertMoneyUnits;
    BigDecimal monitoringLag = StandardPolicy.NATIONAL_MONITORING_LAG;

    Builder() {
      weights.putAll(StandardPolicy.NATIONAL_WEIGHTS);
      executionWeight = StandardPolicy.NATIONAL_EXECUTION_WEIGHT;
      grades.putAll(Grades.NATIONAL);
    }

    /** The policy's name in reports ({@code 某省2024年办法}). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The points the category's indicators should add up to. */
    public Builder weight(IndicatorCategory category, BigDecimal points) {
      weights.put(Objects.requireNonNull(category, "category"), nonNegative("points", points));
      return this;
    }

    /** The points of the budget line when a table leaves its 分值 blank. */
    public Builder executionWeight(BigDecimal points) {
      executionWeight = nonNegative("points", points);
      return this;
    }

    /**
     * A qualitative actual ({@code 良好}) and the share of the points it earns ({@code 0.8}), replacing the
     * share the word had.
     */
    public Builder grade(String word, BigDecimal share) {
      grades.put(Grades.key(Objects.requireNonNull(word, "word")), fraction("share", share));
      return this;
    }

    /** Forgets every grade, national ones included, before {@link #grade} adds a province's own. */
    public Builder clearGrades() {
      grades.clear();
      return this;
    }

    /** The most a missed quantitative target earns, as a share of its points ({@code 0.8}); 1 when uncapped. */
    public Builder missedCap(BigDecimal share) {
      missedCap = fraction("share", share);
      return this;
    }

    /**
     * The completion below which a quantitative target earns nothing ({@code 0.6}: under 60% of the target, no
     * points); 0 when every shortfall earns its ratio.
     */
    public Builder zeroBelow(BigDecimal share) {
      zeroBelow = fraction("share", share);
      return this;
    }

    /**
     * Whether an actual in another money unit than its target ({@code 48000元} against {@code ≤5万元}) is
     * converted exactly rather than left unscored as a unit mismatch.
     */
    public Builder convertMoneyUnits(boolean convert) {
      convertMoneyUnits = convert;
      return this;
    }

    /** How many percentage points monitored spending may lag the share of the year elapsed; zero or more. */
    public Builder monitoringLag(BigDecimal percentagePoints) {
      monitoringLag = nonNegative("percentagePoints", percentagePoints);
      return this;
    }

    public ScoringPolicy build() {
      return new StandardPolicy(this);
    }

    private static BigDecimal nonNegative(String what, BigDecimal value) {
      Objects.requireNonNull(value, what);
      if (value.signum() < 0) {
        throw new IllegalArgumentException(what + ": expected zero or more, found " + value.toPlainString());
      }
      return value;
    }

    private static BigDecimal fraction(String what, BigDecimal value) {
      if (nonNegative(what, value).compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(what + ": expected a share from 0 to 1, found " + value.toPlainString());
      }
      return value;
    }
  }
}
