package io.github.jixiao.validation;

import io.github.jixiao.core.ProjectTargetTable;
import java.util.ArrayList;
import java.util.List;

/** The clean table and every rule example's tables, for the tests of the other packages. */
public final class BeanFixtures {
  private BeanFixtures() {}

  public static ProjectTargetTable clean() {
    return CleanTables.wei();
  }

  /** Every table of every rule example, triggering and quiet, validated alone. */
  public static List<ProjectTargetTable> tables() {
    List<ProjectTargetTable> all = new ArrayList<>();
    for (RuleExamples.Example e : RuleExamples.all().values()) {
      if (e.trigger().policy().equals(ValidationPolicy.national()) && e.trigger().tables().size() == 1) {
        all.addAll(e.trigger().tables());
        all.addAll(e.quiet().tables());
      }
    }
    return all;
  }
}
