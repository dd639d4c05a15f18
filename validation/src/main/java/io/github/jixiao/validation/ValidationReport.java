package io.github.jixiao.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a validation found (校验结果): the findings in table order and, within a table, table-level findings
 * first and then row by row.
 */
public final class ValidationReport {
  private final List<Finding> findings;

  ValidationReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** Every finding, in table and row order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of exactly {@code severity}. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** The findings about the table at 0-based position {@code table}. */
  public List<Finding> findingsForTable(int table) {
    return findings.stream().filter(f -> f.table() == table).collect(Collectors.toUnmodifiableList());
  }

  /** Whether a finding of severity error blocks storing the tables. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * One line per finding in {@code locale}'s language (Chinese for {@code zh}, else English):
   * {@code JX-PLAN-002 warning table 1 · spendingPlan · 12月底: 资金支出计划「12月底」未填写；…}.
   */
  public List<String> messages(Locale locale) {
    return findings.stream().map(f -> line(f, locale)).collect(Collectors.toUnmodifiableList());
  }

  private static String line(Finding f, Locale locale) {
    StringBuilder b = new StringBuilder().append(f.rule().id()).append(' ').append(f.severity().id())
        .append(" table ").append(f.table());
    f.indicator().ifPresent(i -> b.append(" · indicator ").append(i));
    b.append(" · ").append(f.field().wireName());
    f.detail().ifPresent(d -> b.append(" · ").append(d));
    return b.append(": ").append(f.message(locale)).toString();
  }

  @Override
  public String toString() {
    return "ValidationReport" + findings;
  }
}
