package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BeanValidationExampleTest {

  @Test
  void printsEachViolationWithPathSeverityRuleAndMessage() throws Exception {
    String out = ConsoleCapture.run(() -> BeanValidationExample.main(new String[0])).out;

    assertThat(out).contains(String.format("%-24s %-8s %-12s %s", "indicators[6].target", "error", "JX-VALUE-008",
        "The target \"≤100%\" is always met, so it measures nothing."));
    assertThat(out).contains(String.format("%-24s %-8s %-12s %s", "budget.otherFunds", "warning", "JX-MONEY-003",
        "Other funds are blank; enter 0 when there are none."));
  }

  @Test
  void listsTheViolationsInTableOrderErrorsAndQualityTogether() throws Exception {
    String out = ConsoleCapture.run(() -> BeanValidationExample.main(new String[0])).out;

    List<String> paths = out.lines().filter(l -> !l.startsWith("form "))
        .map(l -> l.substring(0, 24).trim()).collect(Collectors.toList());
    assertThat(paths).containsExactly("budget.otherFunds", "spendingPlan", "(table)", "indicators[4].target",
        "indicators[6].target");
  }

  @Test
  void checksTheUsersOwnFormWithTheFieldConstraints() throws Exception {
    String out = ConsoleCapture.run(() -> BeanValidationExample.main(new String[0])).out;

    List<String> form = out.lines().filter(l -> l.startsWith("form ")).collect(Collectors.toList());
    assertThat(form).hasSize(2);
    assertThat(form.get(0)).startsWith("form targets[1].<list element>").contains("not a name or an activity");
    assertThat(form.get(1)).startsWith("form unitCode").contains("6 digits");
  }
}
