package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.validation.Rule;
import io.github.jixiao.validation.TableTemplate;
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
    placeholder(s, TableField.PROJECT_NAME, t.projectName());
    placeholder(s, TableField.FUND_USE, t.fundUse());
    t.goals().stream().filter(g -> Placeholders.in(g).isPresent()).findFirst()
        .ifPresent(g -> placeholder(s, TableField.GOALS, Optional.of(g)));
    boolean codePlaceholder = placeholder(s, TableField.PROJECT_CODE, t.projectCode());
    // A department's own code has 3 digits: the department-wide table carries it rather than a unit's 6.
    boolean departmentWide = s.template == TableTemplate.DEPARTMENT_WIDE;
    s.unit.flatMap(BudgetUnit::code).filter(c -> !isUnitCode(c) && !(departmentWide && c.matches("\\d{3}")))
        .ifPresent(c -> s.report(Rule.UNIT_CODE_SHAPE, TableField.UNIT_CODE, null, c, c));
    t.projectCode().filter(c -> !c.isBlank() && !codePlaceholder).ifPresent(code -> {
      if (!isProjectCode(code)) {
        s.report(Rule.PROJECT_CODE_SHAPE, TableField.PROJECT_CODE, null, code, code, code.length());
      } else {
        s.fiscalYear.ifPresent(y -> {
          String yy = String.format("%02d", y.getValue() % 100);
          if (!code.substring(6, 8).equals(yy)) {
            s.report(Rule.PROJECT_CODE_YEAR, TableField.PROJECT_CODE, null, code, code, code.substring(6, 8), y);
          }
        });
      }
    });
    if (t.projectCode().map(String::isBlank).orElse(true) && s.has(TableField.PROJECT_CODE)) {
      s.report(Rule.PROJECT_CODE_MISSING, TableField.PROJECT_CODE, null, t.projectCode().orElse(null));
    }
    if (s.unit.map(u -> u.name().isBlank() && u.code().isEmpty()).orElse(true) && s.has(TableField.UNIT_NAME)) {
      s.report(Rule.UNIT_MISSING, TableField.UNIT_NAME, null, null);
    }
    // A year cell that names no year is reported as what it is, not as a missing year.
    if (t.fiscalYearText().isPresent()) {
      String text = t.fiscalYearText().get();
      s.report(Rule.FISCAL_YEAR_NOT_A_YEAR, TableField.FISCAL_YEAR, null, text, text);
    } else if (s.fiscalYear.isEmpty()) {
      s.report(Rule.FISCAL_YEAR_MISSING, TableField.FISCAL_YEAR, null, null);
    }
    t.amountUnitText().ifPresent(text -> s.report(Rule.AMOUNT_UNIT_UNKNOWN, TableField.AMOUNT_UNIT, null, text, text,
        t.amountUnit().label()));
    if (t.projectName().map(String::isBlank).orElse(true) && s.has(TableField.PROJECT_NAME)) {
      s.report(Rule.PROJECT_NAME_MISSING, TableField.PROJECT_NAME, null, t.projectName().orElse(null));
    }
    // A total that holds text but no amount is reported as such (JX-MONEY-006), not as missing.
    if (t.budget().totalCell().filter(c -> !c.isBlank()).isEmpty() && s.has(TableField.BUDGET)) {
      s.report(Rule.BUDGET_TOTAL_MISSING, TableField.BUDGET, null, null);
    }
    if (t.goals().stream().allMatch(String::isBlank)) {
      s.report(Rule.GOALS_MISSING, TableField.GOALS, null, null);
    }
    if (t.indicators().isEmpty()) {
      s.report(Rule.INDICATORS_MISSING, TableField.TABLE, null, null);
    }
  }

  /** Reports a placeholder left in a table-level cell; returns whether there was one. */
  private static boolean placeholder(TableScope s, TableField field, Optional<String> cell) {
    Optional<String> found = cell.flatMap(Placeholders::in);
    found.ifPresent(p -> s.report(Rule.PLACEHOLDER_LEFT, field, null, cell.get(), cell.get(), p));
    return found.isPresent();
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
      s.report(Rule.PROJECT_CODE_DIVISION, TableField.PROJECT_CODE, null, code, code, division.get(), usual);
    }
  }

  private static Optional<String> division(TableScope s) {
    return s.table.projectCode().filter(CodeRules::isProjectCode).map(c -> c.substring(0, 6));
  }

  private static String unitKey(TableScope s) {
    return s.unit.map(u -> u.code().orElse("") + "|" + u.name()).orElse("");
  }
}
