package io.github.jixiao.validation;

import java.util.List;
import java.util.Locale;

/** What the validation of a self-evaluation or monitoring table found (校验结果): table findings, then row by row. */
public final class EvaluationReport {
  private final List<EvaluationFinding> findings;

  EvaluationReport(List<EvaluationFinding> findings) {
    this.findings = List.copyOf(findings);
  }

  public List<EvaluationFinding> findings() {
    return findings;
  }

  /** The findings of exactly {@code severity}. */
  public List<EvaluationFinding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings of {@code rule}. */
  public List<EvaluationFinding> findings(EvaluationRule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * One line per finding in {@code locale}'s language (Chinese for {@code zh}, else English), as
   * {@link ValidationReport#messages} writes them: {@code JX-EVAL-005 error table 0 · grade: 自评等级「良」…}.
   */
  public List<String> messages(Locale locale) {
    return findings.stream().map(f -> f.line(locale, false)).toList();
  }

  @Override
  public String toString() {
    return "EvaluationReport" + findings;
  }
}
