package io.github.jixiao.serialization.jackson;

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
        int month = twoDigits(t, 2);
        if (t.length() == 4) {
          return month > 0 ? PartialDate.ofMonth(month) : null;
        }
        int day = t.length() == 7 && t.charAt(4) == '-' ? twoDigits(t, 5) : -1;
        return month > 0 && day > 0 ? PartialDate.ofMonthDay(month, day) : null;
      }
      int year = digits(t, 0, 4);
      if (year < 0) {
        return null;
      }
      if (t.length() == 4) {
        return PartialDate.ofYear(year);
      }
      int month = t.length() >= 7 && t.charAt(4) == '-' ? twoDigits(t, 5) : -1;
      if (month <= 0) {
        return null;
      }
      if (t.length() == 7) {
        return PartialDate.of(year, month);
      }
      int day = t.length() == 10 && t.charAt(7) == '-' ? twoDigits(t, 8) : -1;
      return day > 0 ? PartialDate.of(year, month, day) : null;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
  }

  private static int twoDigits(String t, int from) {
    return digits(t, from, 2);
  }

  /** The ASCII digits {@code t[from, from + count)} as a number, or -1 when any is no digit or missing. */
  private static int digits(String t, int from, int count) {
    if (t.length() < from + count) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
