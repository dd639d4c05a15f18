package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.Field;
import io.github.jixiao.validation.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The codes (单位编码, 项目编码) and the cells every table must have: project name, budget total, a target
 * statement, an indicator. Its two shape checks are public so that the constraint annotations for users' own
 * objects apply the very same test.
 */
public final class CodeRules {
  /** 3-digit department + 3-digit unit serial; {@code 001} is the department itself (本级). */
  private static final Pattern UNIT_CODE = Pattern.compile("\\d{6}");
  /**
   * 6-digit division (whose first two digits name a province: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65,
   * 71, 81, 82), 2-digit year, 13-character tail of digits and capital letters.
   */
  private static final Pattern PROJECT_CODE = Pattern.compile(
      "(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\\d{4}\\d{2}[0-9A-Z]{13}");

  private CodeRules() {}

  /** Whether {@code code} has the shape of a unit code (单位编码): 6 digits, such as {@code 712001}. */
  public static boolean isUnitCode(String code) {
    return UNIT_CODE.matcher(code).matches();
  }

  /**
   * Whether {@code code} has the shape of a project code (项目编码): 21 characters, a division code, a 2-digit
   * year and a 13-character tail, such as {@code 13043425P00450110058B}.
   */
  public static boolean isProjectCode(String code) {
    return PROJECT_CODE.matcher(code).matches();
  }

  static void check(TableScope s) {
    ProjectTargetTable t = s.table;
    s.unit.flatMap(BudgetUnit::code).filter(c -> !isUnitCode(c))
        .ifPresent(c -> s.report(Rule.UNIT_CODE_SHAPE, Field.UNIT_CODE, null, c, c));
    t.projectCode().filter(c -> !c.isBlank()).ifPresent(code -> {
      if (!isProjectCode(code)) {
        s.report(Rule.PROJECT_CODE_SHAPE, Field.PROJECT_CODE, null, code, code, code.length());
      } else {
        s.fiscalYear.ifPresent(y -> {
          String yy = String.format("%02d", y.getValue() % 100);
          if (!code.substring(6, 8).equals(yy)) {
            s.report(Rule.PROJECT_CODE_YEAR, Field.PROJECT_CODE, null, code, code, code.substring(6, 8), y);
          }
        });
      }
    });
    if (t.projectName().map(String::isBlank).orElse(true)) {
      s.report(Rule.PROJECT_NAME_MISSING, Field.PROJECT_NAME, null, t.projectName().orElse(null));
    }
    if (t.budget().total().isEmpty()) {
      s.report(Rule.BUDGET_TOTAL_MISSING, Field.BUDGET, null, null);
    }
    if (t.goals().stream().allMatch(String::isBlank)) {
      s.report(Rule.GOALS_MISSING, Field.GOALS, null, null);
    }
    if (t.indicators().isEmpty()) {
      s.report(Rule.INDICATORS_MISSING, Field.TABLE, null, null);
    }
  }

  /**
   * Across the tables of one validation: a unit's project codes share one division, the one most of them
   * carry (the earliest on a tie).
   */
  static void checkDivision(TableScope s, List<TableScope> all) {
    Optional<String> division = division(s);
    if (division.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TableScope other : all) {
      if (unitKey(other).equals(unitKey(s))) {
        division(other).ifPresent(d -> counts.merge(d, 1, Integer::sum));
      }
    }
    String usual = counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(Map.Entry::getKey).orElseThrow();
    if (!division.get().equals(usual)) {
      String code = s.table.projectCode().orElseThrow();
      s.report(Rule.PROJECT_CODE_DIVISION, Field.PROJECT_CODE, null, code, code, division.get(), usual);
    }
  }

  private static Optional<String> division(TableScope s) {
    return s.table.projectCode().filter(CodeRules::isProjectCode).map(c -> c.substring(0, 6));
  }

  private static String unitKey(TableScope s) {
    return s.unit.map(u -> u.code().orElse("") + "|" + u.name()).orElse("");
  }
}
