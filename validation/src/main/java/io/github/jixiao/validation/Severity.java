package io.github.jixiao.validation;

import java.util.Locale;

/** How serious a finding (问题) is: an error blocks storage, a warning and an info do not. */
public enum Severity {
  /** 错误: the table must not be stored as it is. */
  ERROR,
  /** 警告: a reviewer should look at the cell. */
  WARNING,
  /** 提示: worth knowing, nothing to fix. */
  INFO;

  /** The lower-case name used in reports: {@code error}, {@code warning}, {@code info}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
