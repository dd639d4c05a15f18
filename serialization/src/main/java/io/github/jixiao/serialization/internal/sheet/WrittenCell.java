package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.serialization.WriteException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The text {@link SheetWriter} puts in a cell, such that {@link SheetReader} reads the value back equal; a
 * value no cell can carry is refused with a {@link WriteException} naming its path, rather than written changed
 * or written for the reader to refuse.
 */
public final class WrittenCell {
  /** Excel's own limit: a longer cell would be cut off when the sheet is opened there. */
  public static final int MAX_LENGTH = 32_767;
  /** The reader reads decimals of at most this many characters (amounts, percents). */
  public static final int MAX_DECIMAL_LENGTH = 64;

  private WrittenCell() {}

  /** Text, marked when a spreadsheet would run it as a formula or the reader would change it. */
  public static String text(String value, String path) {
    check(value, path);
    return TextMark.needed(value) ? TextMark.marked(value) : value;
  }

  /** An optional text: a blank cell when absent, a lone mark when present and empty. */
  public static String optional(Optional<String> value, String path) {
    return value.map(v -> label(v, path)).orElse("");
  }

  /** A text that is always there: a lone mark when empty, so that the reader neither inherits nor skips it. */
  public static String label(String value, String path) {
    return value.isEmpty() ? TextMark.GIVEN_EMPTY : text(value, path);
  }

  /** A unit name, marked when the reader would split a code off it or trim it. */
  public static String unitName(String name, String path) {
    check(name, path);
    return name.isEmpty() || !BudgetUnit.parse(name).equals(BudgetUnit.ofName(name)) || TextMark.needed(name)
        ? TextMark.marked(name) : name;
  }

  /**
   * A decimal as plain digits.
   *
   * @param keepsScale whether the model tells {@code 1E+3} from {@code 1000} (a weight or a percent does, an
   *     amount does not), so that a negative scale, which plain digits cannot show, must be refused
   */
  public static String decimal(BigDecimal value, String path, boolean keepsScale) {
    if (keepsScale && value.scale() < 0) {
      throw new WriteException(path, value + " has a negative scale, which plain digits cannot keep; a sheet"
          + " holds plain decimals (JSON and XML keep it)");
    }
    // The length is known from precision and scale before any digit is made: 1E-250 must not become 250 zeros.
    long length = Math.max(value.precision(), (long) value.scale() + 1) + (value.scale() > 0 ? 1 : 0)
        + (value.signum() < 0 ? 1 : 0) + (value.scale() < 0 ? -(long) value.scale() : 0);
    if (length > MAX_DECIMAL_LENGTH) {
      throw new WriteException(path, value + " takes " + length + " characters as a plain decimal; a sheet"
          + " holds decimals of at most " + MAX_DECIMAL_LENGTH + " characters (JSON and XML hold it)");
    }
    return value.toPlainString();
  }

  /**
   * The 绩效目标 cell: {@code 1.…} lines, or a single statement marked as written; refused when the reader
   * would cut or trim the statements differently (a line that begins with the next number, spaces around a
   * statement).
   */
  public static String goals(List<String> goals, String path) {
    for (int j = 0; j < goals.size(); j++) {
      check(goals.get(j), path + "[" + j + "]");
    }
    String numbered = NumberedStatements.join(goals);
    if (!TextMark.needed(numbered) && NumberedStatements.split(numbered).equals(goals)) {
      return numbered;
    }
    if (goals.size() == 1) {
      return TextMark.marked(goals.get(0));
    }
    List<String> read = NumberedStatements.split(TextMark.needed(numbered) ? "" : numbered);
    int j = 0;
    while (j < goals.size() - 1 && j < read.size() && read.get(j).equals(goals.get(j))) {
      j++;
    }
    throw new WriteException(path + "[" + j + "]", "a sheet cannot hold this statement among others: one of its"
        + " lines begins with the next statement's number, or it begins or ends with a space, so the 绩效目标 cell"
        + " would read back as other statements");
  }

  /**
   * Refuses what the reader refuses or cannot read back: control characters (binary data to the reader), a
   * lone surrogate (no UTF-8 for it), a cell longer than the reader's default limit.
   */
  public static void check(String value, String path) {
    if (value.length() > MAX_LENGTH - 1) {
      throw new WriteException(path, "a text of " + value.length() + " characters; a sheet cell holds at most "
          + (MAX_LENGTH - 1) + " (Excel's limit, with room for the text mark)");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
        throw new WriteException(path, String.format("U+%04X at character %d is a control character a sheet"
            + " cannot hold: the reader takes it for binary data", (int) c, i + 1));
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new WriteException(path, String.format("U+%04X at character %d is half of a surrogate pair, which"
            + " UTF-8 cannot encode", (int) c, i + 1));
      }
    }
  }
}
