package io.github.jixiao.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One finding (问题) about a self-evaluation or monitoring table: the rule, its severity, the cell — table, indicator
 * row, field by its wire name and an optional detail such as the category {@code 产出指标} — the value as written,
 * and the message in Chinese or English.
 *
 * <p>The field is a wire name rather than a {@link io.github.jixiao.core.TableField}, since the cell may be one the
 * target table has ({@code weight}, {@code target}, {@code goals}) or one only the evaluation has
 * ({@link io.github.jixiao.core.SelfEvaluationField#wireName() score}, {@code executionRate}, {@code outcome}).
 */
public final class EvaluationFinding {
  private final EvaluationRule rule;
  private final Severity severity;
  private final int table;
  private final OptionalInt indicator;
  private final String field;
  private final Optional<String> detail;
  private final Optional<String> value;
  private final List<String> arguments;

  EvaluationFinding(EvaluationRule rule, Severity severity, int table, OptionalInt indicator, String field,
      Optional<String> detail, Optional<String> value, List<String> arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.table = table;
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.field = Objects.requireNonNull(field, "field");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.value = Objects.requireNonNull(value, "value");
    this.arguments = List.copyOf(arguments);
  }

  public EvaluationRule rule() {
    return rule;
  }

  /** The severity after the validator's overrides. */
  public Severity severity() {
    return severity;
  }

  /** The 0-based position of the table. */
  public int table() {
    return table;
  }

  /** The 0-based position of the indicator row; empty for a finding about the table. */
  public OptionalInt indicator() {
    return indicator;
  }

  /** The cell's wire name: {@code score}, {@code executionRate}, {@code weight}, {@code outcome}. */
  public String field() {
    return field;
  }

  /** What inside the field: the category whose points are off ({@code 产出指标}). */
  public Optional<String> detail() {
    return detail;
  }

  /** The offending cell as written; empty when the cell is blank. */
  public Optional<String> value() {
    return value;
  }

  /** The message parameters, as text. */
  public List<String> arguments() {
    return arguments;
  }

  /** The message in {@code locale}'s language: Chinese for {@code zh}, English otherwise. */
  public String message(Locale locale) {
    return Messages.format(rule, locale, arguments);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvaluationFinding f && rule == f.rule && severity == f.severity && table == f.table
        && indicator.equals(f.indicator) && field.equals(f.field) && detail.equals(f.detail)
        && value.equals(f.value) && arguments.equals(f.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, table, indicator, field, detail, value, arguments);
  }

  /** {@code JX-EVAL-002 error table 0 · indicator 3 · score «12»: …}, the message in English. */
  @Override
  public String toString() {
    return line(Locale.ENGLISH, true);
  }

  /** The finding on one line in {@code locale}'s language; the value in «» when {@code withValue}. */
  String line(Locale locale, boolean withValue) {
    StringBuilder b = new StringBuilder().append(rule.id()).append(' ').append(severity.id())
        .append(" table ").append(table);
    indicator.ifPresent(i -> b.append(" · indicator ").append(i));
    b.append(" · ").append(field);
    detail.ifPresent(d -> b.append(" · ").append(d));
    if (withValue) {
      value.ifPresent(v -> b.append(" «").append(v).append('»'));
    }
    return b.append(": ").append(message(locale)).toString();
  }
}
