package io.github.jixiao.serialization.internal.jackson;

/**
 * Runs of ASCII digits (数字) in the format's text values: decimals, dates, months and whole numbers are read
 * by hand here rather than with regexes, which {@code String.matches} would compile again for every value.
 */
final class AsciiDigits {
  private AsciiDigits() {}

  /** How many ASCII digits follow {@code from}. */
  static int run(String s, int from) {
    int p = from;
    while (p < s.length() && isDigit(s.charAt(p))) {
      p++;
    }
    return p - from;
  }

  /**
   * The digits {@code s[from, from + count)} as a number, or -1 when there are fewer characters or any is no
   * ASCII digit. At most nine digits, so the number is an int.
   */
  static int value(String s, int from, int count) {
    if (count < 1 || count > 9 || s.length() < from + count) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
