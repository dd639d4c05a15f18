package io.github.jixiao.serialization.jackson;

import io.github.jixiao.core.PartialDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partial dates in ISO 8601 form: {@code 2025}, {@code 2025-12}, {@code 2025-12-31}, and without a year
 * {@code --12} and {@code --12-31}.
 */
final class PartialDateText {
  private static final Pattern ISO = Pattern.compile("(?:(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})(?:-(\\d{2}))?)");

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
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches() || "00".equals(m.group(2)) || "00".equals(m.group(3)) || "00".equals(m.group(4))
        || "00".equals(m.group(5))) {
      return null;
    }
    try {
      if (m.group(1) != null) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
          return PartialDate.ofYear(year);
        }
        int month = Integer.parseInt(m.group(2));
        return m.group(3) == null ? PartialDate.of(year, month)
            : PartialDate.of(year, month, Integer.parseInt(m.group(3)));
      }
      int month = Integer.parseInt(m.group(4));
      return m.group(5) == null ? PartialDate.ofMonth(month)
          : PartialDate.ofMonthDay(month, Integer.parseInt(m.group(5)));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
  }
}
