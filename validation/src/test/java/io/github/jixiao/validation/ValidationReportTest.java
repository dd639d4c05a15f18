package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  @Test
  void filtersBySeverityAndTable() {
    ValidationReport r = TableValidator.create().validate(SeedTables.all());
    assertThat(r.findings(Severity.ERROR)).allMatch(f -> f.severity() == Severity.ERROR).isNotEmpty();
    assertThat(r.findings(Severity.ERROR).size() + r.findings(Severity.WARNING).size()
        + r.findings(Severity.INFO).size()).isEqualTo(r.findings().size());
    assertThat(r.findingsForTable(3)).extracting(f -> f.rule().id())
        .containsExactly("JX-MONEY-003", "JX-PLAN-002", "JX-TREE-006");
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void rendersOneLinePerFindingInTheRequestedLanguage() {
    ValidationReport r = TableValidator.create().validate(SeedTables.weiHardshipGrants());
    assertThat(r.messages(Locale.CHINA).get(1)).isEqualTo(
        "JX-PLAN-002 warning table 0 · spendingPlan · 12月底: 资金支出计划「12月底」未填写；累计比例应在最后一个节点达到 100%。");
    assertThat(r.messages(Locale.ENGLISH).get(1)).isEqualTo("JX-PLAN-002 warning table 0 · spendingPlan · 12月底: "
        + "The December checkpoint (12月底) of the spending plan is blank; the cumulative share must reach 100% at the last "
        + "checkpoint.");
    assertThat(r.messages(Locale.FRENCH)).isEqualTo(r.messages(Locale.ENGLISH));
    assertThat(r.findings().get(4).toString()).isEqualTo("JX-VALUE-008 error table 0 · indicator 6 · target «≤100%»: "
        + "The target \"≤100%\" is always met, so it measures nothing.");
    assertThat(r.findings().get(4).propertyPath()).isEqualTo("indicators[6].target");
    assertThat(r.findings().get(0).propertyPath()).isEqualTo("budget.otherFunds");
  }

  @Test
  void oneValidatorServesManyThreadsWithTheSameResults() throws Exception {
    TableValidator validator = TableValidator.create();
    List<ProjectTargetTable> tables = SeedTables.all();
    ValidationReport expected = validator.validate(tables);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> validator.validate(tables)));
      }
      for (Future<ValidationReport> f : results) {
        assertThat(f.get().findings()).isEqualTo(expected.findings());
      }
    } finally {
      pool.shutdown();
    }
  }
}
