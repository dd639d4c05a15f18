package io.github.jixiao.cli;

import io.github.jixiao.core.TableField;
import io.github.jixiao.core.scoring.NotScored;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.validation.Severity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a report (报告语言): the findings' messages and the report's own words. In Chinese a report
 * names cells by their published column headers and places as 第 N 行; in English by the field ids of the
 * JSON contract. Tables and rows are counted from 1 in both, as the published document counts them.
 */
enum Language {
  ZH(Locale.CHINESE), EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  boolean isChinese() {
    return this == ZH;
  }

  /** The severity's name for people: 错误 / error. */
  String severity(Severity severity) {
    if (this == EN) {
      return severity.id();
    }
    switch (severity) {
      case ERROR:
        return "错误";
      case WARNING:
        return "警告";
      default:
        return "提示";
    }
  }

  /** {@code 2 张表，14 个指标} / {@code 2 tables, 14 indicators}. */
  String contents(int tables, int indicators) {
    return this == ZH ? tables + " 张表，" + indicators + " 个指标"
        : plural(tables, "table") + ", " + plural(indicators, "indicator");
  }

  /** {@code 错误 3，警告 2，提示 1} / {@code 3 errors, 2 warnings, 1 info}. */
  String counts(long errors, long warnings, long infos) {
    return this == ZH ? "错误 " + errors + "，警告 " + warnings + "，提示 " + infos
        : plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The summary of many files: {@code 共 3 个文件（1 个无法读取）} / {@code 3 files (1 unreadable)}. */
  String files(int files, long unreadable) {
    if (this == ZH) {
      return "共 " + files + " 个文件" + (unreadable > 0 ? "（" + unreadable + " 个无法读取）" : "");
    }
    return plural(files, "file") + (unreadable > 0 ? " (" + unreadable + " unreadable)" : "");
  }

  /** What a row looks like when its indicator or table has no name. */
  String unnamed() {
    return this == ZH ? "（未命名）" : "(unnamed)";
  }

  /** {@code 表 2 «name»} / {@code table 2 «name»}, from the 0-based index of the table in its file. */
  String table(int index, String name) {
    return (this == ZH ? "表 " : "table ") + (index + 1) + " «" + name + "»";
  }

  /** {@code 第 7 行 «name»} / {@code indicator 7 «name»}, from the 0-based index of the row in its table. */
  String indicator(int index, String name) {
    return (this == ZH ? "第 " + (index + 1) + " 行" : "indicator " + (index + 1)) + " «" + name + "»";
  }

  /** The cell a field id names: its published column header in Chinese, the id in English. */
  String field(String id) {
    return this == ZH ? header(id) : id;
  }

  /** The cell of a self-evaluation or monitoring table a field id names: its label in Chinese, the id in English. */
  String field(EvaluationCells cells, String id) {
    return this == ZH ? cells.term(id) : id;
  }

  /**
   * The published total beside the policy's: {@code 表1 总分：发布 92，按政策重算 88.50} / {@code table 1 total
   * score: published 92, recomputed 88.50}; when the policy could not score a row, that row and why
   * ({@code 按政策无法重算（第 2 行：实际完成值为空）}).
   */
  String totalScore(int index, PolicyScores scores) {
    String why = scores.unscored().map(r -> scoredRow(r.indicator()) + (this == ZH ? "：" : ": ")
        + r.notScored().map(this::noScore).orElse("")).orElse(null);
    return totalScore(index, scores.publishedTotal().orElse(null), scores.computedTotal().orElse(null), why);
  }

  private String totalScore(int index, String published, String recomputed, String why) {
    if (this == ZH) {
      return "表" + (index + 1) + " 总分：发布 " + (published == null ? "（空）" : published) + "，"
          + (recomputed != null ? "按政策重算 " + recomputed : "按政策无法重算（" + why + "）");
    }
    return "table " + (index + 1) + " total score: published " + (published == null ? "(blank)" : published) + ", "
        + (recomputed != null ? "recomputed " + recomputed : "not recomputed (" + why + ")");
  }

  /**
   * Why the policy gives a row no score, for people: a short Chinese phrase per reason, or the engine's English
   * explanation, which names the cell's text.
   */
  String noScore(NotScored notScored) {
    if (this != ZH) {
      return notScored.explanation();
    }
    return switch (notScored.reason()) {
      case NO_POINTS -> "分值为空或不是数字";
      case BLANK_TARGET -> "指标值为空";
      case BLANK_ACTUAL -> "实际完成值为空";
      case ACTUAL_IS_EXPRESSION -> "实际完成值是表达式而非实际达到的值";
      case ACTUAL_IS_VERDICT -> "实际完成值是结论而非实际达到的值";
      case ACTUAL_NOT_A_NUMBER -> "实际完成值没有数值";
      case ACTUAL_NOT_A_DATE -> "实际完成值不是带年份的日期";
      case ACTUAL_NOT_GRADED -> "实际完成值不是评分办法认可的等级";
      case UNIT_MISMATCH -> "实际完成值与指标值的计量单位不同";
      case ZERO_TARGET -> "指标值为零，无法按比例计分";
      case NEGATIVE_NUMBER -> "指标值或实际完成值为负数";
      case TARGET_NOT_SCORABLE -> "指标值不能按数值计分，实际完成值也不是等级";
      case MISSING_BUDGET -> "全年预算数为空或不是金额";
      case MISSING_SPENDING -> "全年执行数为空或不是金额";
      case ZERO_BUDGET -> "全年预算数为零";
    };
  }

  /** The row the policy could not score: {@code 第 2 行} / {@code indicator 2}; the budget line when negative. */
  String scoredRow(int indicator) {
    if (indicator < 0) {
      return this == ZH ? "预算执行" : "budget execution";
    }
    return this == ZH ? "第 " + (indicator + 1) + " 行" : "indicator " + (indicator + 1);
  }

  /** The policy's score shown beside a published one that differs: {@code 按政策 10.00} / {@code policy 10.00}. */
  String policyScore(String score) {
    return (this == ZH ? "按政策 " : "policy ") + score;
  }

  /** Where in the file a finding was read: {@code 表格第 14 行} / {@code row 14}, {@code 原文第 155 行} / {@code line 155}. */
  String place(int line, boolean sheetRow) {
    if (this == ZH) {
      return (sheetRow ? "表格第 " : "原文第 ") + line + " 行";
    }
    return (sheetRow ? "row " : "line ") + line;
  }

  /** The row of a Word table a finding on the whole table starts at: {@code 表2 第1行} / {@code table 2 row 1}. */
  String wordRow(int table, int row) {
    return this == ZH ? "表" + table + " 第" + row + "行" : "table " + table + " row " + row;
  }

  /** A paragraph of a Word document a finding was read from: {@code 第 12 段} / {@code paragraph 12}. */
  String paragraph(int paragraph) {
    return this == ZH ? "第 " + paragraph + " 段" : "paragraph " + paragraph;
  }

  /** A workbook's cell a finding was read from: {@code 单元格 Sheet1!C7} / {@code cell Sheet1!C7}. */
  String cell(String reference) {
    return (this == ZH ? "单元格 " : "cell ") + reference;
  }

  /**
   * The label of a reader's problem in the text report: a warning, or an info naming a layout the reader
   * recognised (a title row, a two-row header), which asks nothing of the reader of the report.
   */
  String readProblem(ReadProblem.Severity severity) {
    if (severity == ReadProblem.Severity.INFO) {
      return this == ZH ? "读取提示" : "read-info";
    }
    return this == ZH ? "读取警告" : "read-warning";
  }

  /**
   * A reader's location for people: in English as the reader writes it; in Chinese {@code wei.csv 第 9 行
   * 「指标值」列}, {@code wei.json 第 3 行第 15 列 表 1 第 2 行指标 指标值}.
   */
  String location(SourceLocation at) {
    if (this == EN) {
      return at.toString();
    }
    StringBuilder b = new StringBuilder(at.source().orElse("（输入）"));
    if (at.reference().isPresent()) {
      b.append(" 单元格 ").append(at.reference().get());
      at.cell().ifPresent(cell -> b.append("「").append(cell).append("」"));
      at.path().ifPresent(path -> b.append(' ').append(chinesePath(path)));
      return b.toString();
    }
    at.sheet().ifPresent(sheet -> b.append(" 工作表「").append(sheet).append("」"));
    at.line().ifPresent(line -> b.append(" 第 ").append(line).append(" 行"));
    if (at.cell().isPresent()) {
      b.append("「").append(at.cell().get()).append("」列");
    } else {
      at.column().ifPresent(column -> b.append("第 ").append(column).append(" 列"));
    }
    at.path().ifPresent(path -> b.append(' ').append(chinesePath(path)));
    return b.toString();
  }

  private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

  /** {@code tables[0].indicators[3].target} as 表 1 第 4 行指标 指标值: numbered from 1, cells by header. */
  /** The published column header of the cell with wire name {@code id} (其他资金 for otherFunds), else the id. */
  private static String header(String id) {
    return TableField.fromWireName(id).map(TableField::term).orElse(id);
  }

  private static String chinesePath(String path) {
    StringBuilder b = new StringBuilder();
    for (String step : path.split("\\.")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      Matcher m = INDEXED.matcher(step);
      if (!m.matches()) {
        b.append(header(step));
        continue;
      }
      int n = Integer.parseInt(m.group(2)) + 1;
      switch (m.group(1)) {
        case "tables" -> b.append("表 ").append(n);
        case "indicators" -> b.append("第 ").append(n).append(" 行指标");
        default -> b.append(header(m.group(1))).append(" 第 ").append(n).append(" 项");
      }
    }
    return b.toString();
  }

  String unreadable() {
    return this == ZH ? "无法读取" : "could not be read";
  }
}
