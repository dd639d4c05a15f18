package io.github.jixiao.cli;

import io.github.jixiao.validation.Severity;
import java.util.Locale;

/**
 * The language of a report (报告语言): the findings' messages and the report's own words. Rule ids, severity
 * ids and field names stay as the JSON contract spells them, whatever the language.
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

  String unreadable() {
    return this == ZH ? "无法读取" : "could not be read";
  }
}
