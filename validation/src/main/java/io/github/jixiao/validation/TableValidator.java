package io.github.jixiao.validation;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.internal.rules.RuleRunner;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates project target tables (绩效目标表校验) before they are stored: every rule of {@link Rule} under a
 * {@link ValidationPolicy}. Create one and reuse it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = TableValidator.create().validate(table);
 * if (report.hasErrors()) { report.messages(Locale.CHINESE).forEach(System.out::println); }
 * }</pre>
 */
public final class TableValidator {
  private final ValidationPolicy policy;

  private TableValidator(ValidationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A validator with the {@link ValidationPolicy#national()} policy. */
  public static TableValidator create() {
    return new TableValidator(ValidationPolicy.national());
  }

  public static TableValidator create(ValidationPolicy policy) {
    return new TableValidator(policy);
  }

  public ValidationPolicy policy() {
    return policy;
  }

  /** Validates one table; its findings carry table index 0. */
  public ValidationReport validate(ProjectTargetTable table) {
    return validate(List.of(table));
  }

  /** Validates tables in order; a unit's project codes are also compared with each other. */
  public ValidationReport validate(List<ProjectTargetTable> tables) {
    return run(tables, Optional.empty(), Optional.empty());
  }

  /** Validates a document's tables; a table without a fiscal year or unit takes the document's. */
  public ValidationReport validate(PerformanceTargetDocument document) {
    return run(document.tables(), document.fiscalYear(), document.unit());
  }

  private ValidationReport run(List<ProjectTargetTable> tables, Optional<Year> year,
      Optional<BudgetUnit> unit) {
    List<Finding> findings = new ArrayList<>();
    RuleRunner.check(tables, year, unit, policy, (rule, address, value, arguments) ->
        findings.add(new Finding(rule, policy.severityOf(rule), address, value, arguments)));
    return new ValidationReport(findings);
  }
}
