package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.core.PartialDate;

/**
 * Partial dates in ISO 8601 form: {@code 2025}, {@code 2025-12}, {@code 2025-12-31}, and without a year
 * {@code --12} and {@code --12-31}.
 */
final class PartialDateText {
  private PartialDateText() {}

  static String format(PartialDate d) {
    // Padded by hand: String.format parses its pattern on every call, and every deadline is written.
    StringBuilder b = new StringBuilder(10);
    if (d.year().isPresent()) {
      pad(b, d.year().getAsInt(), 4);
    } else {
      b.append('-');
    }
    d.month().ifPresent(m -> pad(b.append('-'), m, 2));
    d.day().ifPresent(day -> pad(b.append('-'), day, 2));
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    b.append(digits);
  }

  /** The date, or null when {@code text} is no such date. */
  static PartialDate parse(String text) {
    // Scanned by hand rather than with a regex: every deadline and period read passes here.
    String t = text.strip();
    try {
      if (t.startsWith("--")) {
        int month = AsciiDigits.value(t, 2, 2);
        if (t.length() == 4) {
          return month > 0 ? PartialDate.ofMonth(month) : null;
        }
        int day = t.length() == 7 && t.charAt(4) == '-' ? AsciiDigits.value(t, 5, 2) : -1;
        return month > 0 && day > 0 ? PartialDate.ofMonthDay(month, day) : null;
      }
      int year = AsciiDigits.value(t, 0, 4);
      if (year < 0) {
        return null;
      }
      if (t.length() == 4) {
        return PartialDate.ofYear(year);
      }
      int month = t.length() >= 7 && t.charAt(4) == '-' ? AsciiDigits.value(t, 5, 2) : -1;
      if (month <= 0) {
        return null;
      }
      if (t.length() == 7) {
        return PartialDate.of(year, month);
      }
      int day = t.length() == 10 && t.charAt(7) == '-' ? AsciiDigits.value(t, 8, 2) : -1;
      return day > 0 ? PartialDate.of(year, month, day) : null;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
  }
}
