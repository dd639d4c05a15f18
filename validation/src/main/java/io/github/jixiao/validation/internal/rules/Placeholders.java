package io.github.jixiao.validation.internal.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders (占位内容) that templates print for the filler to replace — {@code ≥**%}, {@code XX个},
 * {@code （必填）}, {@code 请填写} — found where they were left in a cell.
 */
final class Placeholders {
  /**
   * Two or more stars, two or more X or × standing alone (not inside a Latin word such as XXL-box), a
   * bracketed 必填 / 选填 / 填写…, or 请填写 / 请输入.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "[*＊]{2,}|(?<![A-Za-z])(?:[Xx×]{2,}|ＸＸ+)(?![A-Za-z])|[（(]\\s*(?:必填|选填|填写[^）)]{0,10})\\s*[）)]|请填写|请输入");

  private Placeholders() {}

  /** The placeholder left in {@code text}, if there is one. */
  static Optional<String> in(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PLACEHOLDER.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
