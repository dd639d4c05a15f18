package io.github.jixiao.validation;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.TableField;
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
  private final CellAddress address;
  private final Optional<String> value;
  private final List<String> arguments;

  Finding(Rule rule, Severity severity, CellAddress address, Optional<String> value, List<String> arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.address = Objects.requireNonNull(address, "address");
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

  /** The cell the finding is about, with its detail: {@code tables[1].spendingPlan · 12月底}. */
  public CellAddress address() {
    return address;
  }

  /** The 0-based position of the table. */
  public int table() {
    return address.table();
  }

  /** The 0-based position of the indicator row; empty for a table-level finding. */
  public OptionalInt indicator() {
    return address.row();
  }

  public TableField field() {
    return address.field();
  }

  /** What inside the field: a checkpoint ({@code 12月底}), a category. */
  public Optional<String> detail() {
    return address.detail();
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

  /**
   * The location as a Bean Validation property path relative to the table, as a person reads it:
   * {@code indicators[3].target}, {@code budget.otherFunds}, empty for the table as a whole.
   */
  public String propertyPath() {
    return PropertyPath.of(address);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && rule == f.rule && severity == f.severity && address.equals(f.address)
        && value.equals(f.value) && arguments.equals(f.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, address, value, arguments);
  }

  /** {@code JX-PLAN-002 warning table 1 · spendingPlan · 12月底}, then the English message. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(rule.id()).append(' ').append(severity.id())
        .append(" table ").append(address.table());
    address.row().ifPresent(i -> b.append(" · indicator ").append(i));
    b.append(" · ").append(address.field().wireName());
    address.detail().ifPresent(d -> b.append(" · ").append(d));
    value.ifPresent(v -> b.append(" «").append(v).append('»'));
    return b.append(": ").append(message(Locale.ENGLISH)).toString();
  }
}
