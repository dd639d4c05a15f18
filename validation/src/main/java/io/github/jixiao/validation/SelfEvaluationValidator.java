package io.github.jixiao.validation;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.scoring.ScoringPolicy;
import io.github.jixiao.validation.internal.evaluation.EvaluationRunner;
import io.github.jixiao.validation.internal.evaluation.EvaluationSettings;
import io.github.jixiao.validation.internal.evaluation.EvaluationSink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Validates year-end self-evaluation tables and mid-year monitoring tables (绩效自评表、运行监控表校验) the way a
 * reviewer reads them: the arithmetic, the published scores against the {@link ScoringPolicy}'s, the actual
 * values, the narrative, and spending against the year elapsed. Every {@link EvaluationRule}; immutable and
 * thread-safe.
 *
 * <pre>{@code
 * EvaluationReport report = SelfEvaluationValidator.create().validate(selfEvaluation);
 * SelfEvaluationValidator.builder().scoringPolicy(province).scoreTolerance(BigDecimal.ONE).build();
 * }</pre>
 *
 * <p>A class of its own rather than more overloads of {@link TableValidator}: its rules are judged against a
 * scoring policy, not a {@link ValidationPolicy}, and its findings name cells that target tables do not have.
 */
public final class SelfEvaluationValidator {
  /** The most rounding a published score to whole points moves it. */
  static final BigDecimal DEFAULT_SCORE_TOLERANCE = new BigDecimal("0.5");

  private final EvaluationSettings settings;
  private final Map<EvaluationRule, Severity> severities;

  private SelfEvaluationValidator(Builder b) {
    this.settings = new EvaluationSettings(b.policy, b.scoreTolerance);
    this.severities = Map.copyOf(b.severities);
  }

  /** A validator under the national policy (财预〔2020〕10号), with the default tolerance and lag. */
  public static SelfEvaluationValidator create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = builder().scoringPolicy(settings.policy()).scoreTolerance(settings.scoreTolerance());
    b.severities.putAll(severities);
    return b;
  }

  public ScoringPolicy scoringPolicy() {
    return settings.policy();
  }

  /** How far a published score may stand from the policy's before JX-EVAL-009 reports it; 0.5 by default. */
  public BigDecimal scoreTolerance() {
    return settings.scoreTolerance();
  }

  /** The severity findings of {@code rule} get: the rule's default unless the builder set another. */
  public Severity severityOf(EvaluationRule rule) {
    return severities.getOrDefault(rule, rule.defaultSeverity());
  }

  /** Validates one self-evaluation table; its findings carry table index 0. */
  public EvaluationReport validate(SelfEvaluationTable table) {
    return validateSelfEvaluations(List.of(table));
  }

  /** Validates self-evaluation tables in order; each finding carries its table's position. */
  public EvaluationReport validateSelfEvaluations(List<SelfEvaluationTable> tables) {
    return run(tables, (table, sink) -> EvaluationRunner.check(table, settings, sink));
  }

  /** Validates one monitoring table; its findings carry table index 0. */
  public EvaluationReport validate(MonitoringTable table) {
    return validateMonitoring(List.of(table));
  }

  /** Validates monitoring tables in order; each finding carries its table's position. */
  public EvaluationReport validateMonitoring(List<MonitoringTable> tables) {
    return run(tables, (table, sink) -> EvaluationRunner.check(table, settings, sink));
  }

  private <T> EvaluationReport run(List<T> tables, BiConsumer<T, EvaluationSink> check) {
    List<EvaluationFinding> all = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      int index = t;
      List<EvaluationFinding> found = new ArrayList<>();
      check.accept(tables.get(t), (rule, row, field, detail, value, arguments) -> found.add(
          new EvaluationFinding(rule, severityOf(rule), index, row, field, detail, value, arguments)));
      // Stable: the table's own findings first, then row by row, each in the order the rules found them.
      found.sort(Comparator.comparingInt(f -> f.indicator().orElse(-1)));
      all.addAll(found);
    }
    return new EvaluationReport(all);
  }

  /** Builds a {@link SelfEvaluationValidator}; unset settings keep the national defaults. */
  public static final class Builder {
    private ScoringPolicy policy = ScoringPolicy.national();
    private BigDecimal scoreTolerance = DEFAULT_SCORE_TOLERANCE;
    private final Map<EvaluationRule, Severity> severities = new EnumMap<>(EvaluationRule.class);

    private Builder() {}

    /**
     * The policy whose weights and scores the tables are held against, and whose
     * {@linkplain ScoringPolicy#monitoringLag() lag} JX-MON-001 allows.
     */
    public Builder scoringPolicy(ScoringPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** How many points a published score may stand from the policy's (JX-EVAL-009); zero or more. */
    public Builder scoreTolerance(BigDecimal points) {
      this.scoreTolerance = nonNegative("points", points);
      return this;
    }

    /** Findings of {@code rule} get {@code severity} instead of the rule's default. */
    public Builder severity(EvaluationRule rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    public SelfEvaluationValidator build() {
      return new SelfEvaluationValidator(this);
    }

    private static BigDecimal nonNegative(String what, BigDecimal value) {
      Objects.requireNonNull(value, what);
      if (value.signum() < 0) {
        throw new IllegalArgumentException(what + ": expected zero or more, found " + value.toPlainString());
      }
      return value;
    }
  }
}
