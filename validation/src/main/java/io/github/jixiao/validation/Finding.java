package io.github.jixiao.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One finding (问题) of the validator: which rule, how serious, where — table, indicator row, cell and a
 * detail such as the checkpoint {@code 12月底} — the offending value as typed, and the message in Chinese or
 * English.
 *
 * <pre>{@code
 * JX-PLAN-002 warning table 1 · spendingPlan · 12月底
 * }</pre>
 *
 * <p>Table and indicator are 0-based positions in the validated order; the indicator is empty for a finding
 * about the table as a whole. Messages take the offending text as a parameter only, so user text is printed
 * as typed and never evaluated.
 */
public final class Finding {
  private final Rule rule;
  private final Severity severity;
  private final int table;
  private final OptionalInt indicator;
  private final Field field;
  private final Optional<String> detail;
  private final Optional<String> value;
  private final List<String> arguments;

  Finding(Rule rule, Severity severity, int table, OptionalInt indicator, Field field, Optional<String> detail,
      Optional<String> value, List<String> arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.table = table;
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.field = Objects.requireNonNull(field, "field");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.value = Objects.requireNonNull(value, "value");
    this.arguments = List.copyOf(arguments);
  }

  public Rule rule() {
    return rule;
  }

  /** The severity after the policy's overrides. */
  public Severity severity() {
    return severity;
  }

  /** The 0-based position of the table. */
  public int table() {
    return table;
  }

  /** The 0-based position of the indicator row; empty for a table-level finding. */
  public OptionalInt indicator() {
    return indicator;
  }

  public Field field() {
    return field;
  }

  /** What inside the field: a checkpoint ({@code 12月底}), a category, the row a duplicate repeats. */
  public Optional<String> detail() {
    return detail;
  }

  /** The offending cell as typed, or the amount as written; empty when the cell is blank. */
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

  /** The location as a Bean Validation property path: {@code indicators[3].target}, {@code budget.otherFunds}. */
  public String propertyPath() {
    return PropertyPath.of(this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return rule == f.rule && severity == f.severity && table == f.table && indicator.equals(f.indicator)
        && field == f.field && detail.equals(f.detail) && value.equals(f.value) && arguments.equals(f.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, table, indicator, field, detail, value, arguments);
  }

  /** {@code JX-PLAN-002 warning table 1 · spendingPlan · 12月底}, then the English message. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(rule.id()).append(' ').append(severity.id())
        .append(" table ").append(table);
    indicator.ifPresent(i -> b.append(" · indicator ").append(i));
    b.append(" · ").append(field.id());
    detail.ifPresent(d -> b.append(" · ").append(d));
    value.ifPresent(v -> b.append(" «").append(v).append('»'));
    return b.append(": ").append(message(Locale.ENGLISH)).toString();
  }
}
