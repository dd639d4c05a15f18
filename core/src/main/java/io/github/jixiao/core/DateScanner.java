package io.github.jixiao.core;

/**
 * Reads deadlines ({@code 2025年12月底前}, {@code 2025.12.31前}) and periods ({@code 2023.07-2024.01},
 * {@code 2025年1-12月}) from a folded cell, left to right, one character at a time.
 *
 * <p>Every number in these forms is a run of digits followed by a mark that is not a digit (年, 月, a
 * separator, a range sign, the end), so the length of the run alone says which form it can start: four
 * digits are a year, one or two a month or a day. A cell is tried as at most three forms (a range of months,
 * a range of dates, a deadline), each read from the left without going back, and given up at the first
 * character that does not fit.
 */
final class DateScanner {
  /** Words a deadline may carry before its date (于2025年底前, 截至2025年12月); 截止到 before 截止. */
  private static final String[] PREFIXES = {"截止到", "截至", "截止", "预计", "于", "在", "到", "至"};
  /**
   * Words a deadline may carry after its date, in groups that follow one another, each optional: they say
   * "by" or "done", nothing more (底前, 前完成, 底发放完毕). No word of a group starts another word of
   * the same group, so taking a word whenever one fits never rules out a reading.
   */
  private static final String[][] SUFFIXES = {
      {"底", "末", "年底", "年末"},
      {"之前", "以前", "前", "以内", "之内", "内", "为止", "止", "截止"},
      {"全部", "全面", "发放", "实施", "支付", "拨付", "资金", "工作", "活动"},
      {"完成", "完毕", "结束", "到位", "完工", "竣工", "验收", "办结"},
      {"前"}};
  /** Words a period may end with: 2023.07-2024.01期间. */
  private static final String[] PERIOD_ENDINGS = {"期间", "内", "之间"};
  /** The characters that may follow the leading digits of a date or a period. */
  private static final String DATE_MARKS = "年月.-/~—–至到";

  private final String t;
  private int pos;
  /** The month and day of the deadline being read (0 where none is written), set by {@link #monthWithMarks}. */
  private int markedMonth;
  private int markedDay;

  private DateScanner(String t) {
    this.t = t;
  }

  /** The period or deadline that the folded, non-empty text {@code t} is, or null. */
  static TargetValue read(String raw, String t) {
    if (!mayBeDate(t)) {
      return null;
    }
    DateScanner scanner = new DateScanner(t);
    TargetValue v = scanner.monthRange(raw);
    if (v == null) {
      v = scanner.span(raw);
    }
    if (v == null) {
      v = scanner.deadline(raw);
    }
    return v;
  }

  /**
   * Most quantities start with digits as well (100人, 44,561); the character after the digits sets them
   * apart without a scan.
   */
  private static boolean mayBeDate(String t) {
    char first = t.charAt(0);
    if (!isAsciiDigit(first)) {
      return first == '截' || first == '预' || first == '于' || first == '在' || first == '到' || first == '至';
    }
    int p = 1;
    while (p < t.length() && isAsciiDigit(t.charAt(p))) {
      p++;
    }
    return p < t.length() && DATE_MARKS.indexOf(t.charAt(p)) >= 0;
  }

  /** 2025年1-12月, 1-12月, 1月-12月: the year, if any, written once for both months. */
  private Period monthRange(String raw) {
    pos = 0;
    int year = 0;
    if (digitRun() == 4) {
      year = number(4, 4);
      if (!accept('年')) {
        return null;
      }
    }
    int first = number(1, 2);
    if (first < 0) {
      return null;
    }
    accept('月');
    if (!range()) {
      return null;
    }
    int last = number(1, 2);
    if (last < 0 || !accept('月') || !endsAfterAny(PERIOD_ENDINGS)) {
      return null;
    }
    PartialDate start = PartialDate.orNull(year, first, 0);
    PartialDate end = PartialDate.orNull(year, last, 0);
    return start != null && end != null ? Period.ofParsed(raw, start, end) : null;
  }

  /** Two dates and a range sign: 2023.07-2024.01, 2023年7月至2024年1月, 2023-2024, 7月1日~12月31日. */
  private Period span(String raw) {
    pos = 0;
    PartialDate start = bound();
    if (start == null || !range()) {
      return null;
    }
    PartialDate end = bound();
    if (end == null || !endsAfterAny(PERIOD_ENDINGS)) {
      return null;
    }
    // 2023年7月-12月: the end is in the year of the start.
    if (start.year().isPresent() && end.year().isEmpty()) {
      end = end.inYear(start.year().getAsInt());
    }
    return end == null ? null : Period.ofParsed(raw, start, end);
  }

  /**
   * One end of a period: 2023.07, 2023.07.01, 2023/7, 2023年7月, 2023年7月1日, 2023年, 2023, 7月, 7月1日.
   * Null when the text does not go on so, or the date does not exist.
   */
  private PartialDate bound() {
    if (digitRun() != 4) {
      return monthDay(0);
    }
    int year = number(4, 4);
    int month = 0;
    int day = 0;
    if (acceptAny("./")) {
      month = number(1, 2);
      if (month >= 0 && acceptAny("./")) {
        day = number(1, 2);
      }
    } else if (accept('年') && digitRun() > 0) {
      return monthDay(year);
    }
    return month < 0 || day < 0 ? null : PartialDate.orNull(year, month, day);
  }

  /** 7月 or 7月1日 (or 号), in {@code year} (0: none written); null when the text does not go on so. */
  private PartialDate monthDay(int year) {
    int month = number(1, 2);
    if (month < 0 || !accept('月')) {
      return null;
    }
    int day = 0;
    if (digitRun() > 0) {
      day = number(1, 2);
      if (day < 0 || !acceptAny("日号")) {
        return null;
      }
    }
    return PartialDate.orNull(year, month, day);
  }

  /**
   * A date with optional words before and after it: 2025年12月底前, 于2025年6月底前完成, 2025年度, 12月份,
   * 6月30日前, 2025.12.31前, 2025-06-30, 2025/6.
   */
  private Deadline deadline(String raw) {
    pos = 0;
    acceptFirst(PREFIXES);
    int year = 0;
    markedMonth = 0;
    markedDay = 0;
    boolean withYearMark = false;
    if (digitRun() == 4) {
      year = number(4, 4);
      withYearMark = accept('年');
      if (withYearMark) {
        if (digitRun() > 0) {
          if (!monthWithMarks()) {
            return null;
          }
        } else {
          accept('度');
        }
      } else {
        // 2025.12 takes two digits for the month; 2025-6 and 2025/6 one or two.
        if (accept('.')) {
          markedMonth = number(2, 2);
        } else if (acceptAny("-/")) {
          markedMonth = number(1, 2);
        } else {
          return null;
        }
        if (markedMonth >= 0 && acceptAny("./-")) {
          markedDay = number(1, 2);
        }
      }
    } else if (!monthWithMarks()) {
      return null;
    }
    if (markedMonth < 0 || markedDay < 0 || !endsAfterSuffixes()) {
      return null;
    }
    // 年底 and 年末 speak of a year, so they follow only a date written with 年: not 12月年底前, nor 2025.12年底.
    if (!withYearMark && t.indexOf('年') >= 0) {
      return null;
    }
    PartialDate date = PartialDate.orNull(year, markedMonth, markedDay);
    return date == null ? null : Deadline.ofParsed(raw, date);
  }

  /**
   * A month written with 月, then a day with 日 or 号, or 份 (12月, 12月31日, 12月份), into {@link #markedMonth}
   * and {@link #markedDay}; false when the text is none of them.
   */
  private boolean monthWithMarks() {
    markedMonth = number(1, 2);
    if (markedMonth < 0 || !accept('月')) {
      return false;
    }
    if (digitRun() > 0) {
      markedDay = number(1, 2);
      return markedDay >= 0 && acceptAny("日号");
    }
    accept('份');
    return true;
  }

  /** Whether the rest of the text is words of {@link #SUFFIXES}, each group at most once and in order. */
  private boolean endsAfterSuffixes() {
    for (String[] group : SUFFIXES) {
      acceptFirst(group);
    }
    return pos == t.length();
  }

  /** Whether the rest of the text is nothing or one of {@code words}. */
  private boolean endsAfterAny(String[] words) {
    acceptFirst(words);
    return pos == t.length();
  }

  /** A range sign: -, –, ~, 至, 到, or one or more em dashes. */
  private boolean range() {
    if (accept('—')) {
      while (accept('—')) {
        // Word turns -- into —— as often as not.
      }
      return true;
    }
    return acceptAny("-–~至到");
  }

  /** How many ASCII digits follow, without moving. */
  private int digitRun() {
    int p = pos;
    while (p < t.length() && isAsciiDigit(t.charAt(p))) {
      p++;
    }
    return p - pos;
  }

  /**
   * The number written by the run of digits that follows, when it is {@code min} to {@code max} digits long;
   * otherwise -1, and nothing is taken. A longer run is never read in part: no form goes on with a digit.
   */
  private int number(int min, int max) {
    int length = digitRun();
    if (length < min || length > max) {
      return -1;
    }
    int n = 0;
    for (int end = pos + length; pos < end; pos++) {
      n = n * 10 + (t.charAt(pos) - '0');
    }
    return n;
  }

  private boolean accept(char c) {
    if (pos < t.length() && t.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean acceptAny(String chars) {
    if (pos < t.length() && chars.indexOf(t.charAt(pos)) >= 0) {
      pos++;
      return true;
    }
    return false;
  }

  /** Takes the first of {@code words} that follows, if any. */
  private void acceptFirst(String[] words) {
    for (String word : words) {
      if (t.startsWith(word, pos)) {
        pos += word.length();
        return;
      }
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
