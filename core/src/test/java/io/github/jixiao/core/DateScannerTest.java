package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written scanner of deadlines and periods, case by case and against the regular expressions it
 * replaced, which are kept here as its specification.
 */
class DateScannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Written with 年: year, month, day, and the words 度 and 份.
      "2025年                | 2025年底前",
      "2025年度              | 2025年底前",
      "2025年12月            | 2025年12月底前",
      "2025年12月份          | 2025年12月底前",
      "2025年1月31日         | 2025年1月31日前",
      "2025年1月31号         | 2025年1月31日前",
      "2025年0月             | 2025年底前",
      // Dotted: a dot takes a two-digit month, - and / one or two; the day after any of . / -.
      "2025.12               | 2025年12月底前",
      "2025-6                | 2025年6月底前",
      "2025/06               | 2025年6月底前",
      "2025.06/30            | 2025年6月30日前",
      "2025/6-30             | 2025年6月30日前",
      "2025-6.30             | 2025年6月30日前",
      // Without a year.
      "12月                  | 12月底前",
      "12月份                | 12月底前",
      "2月29日               | 2月29日前",
      "6月30号前             | 6月30日前",
      // Every word before the date, and a word of every group after it.
      "于2025年底            | 2025年底前",
      "在2025年底            | 2025年底前",
      "截至2025年底          | 2025年底前",
      "截止2025年底          | 2025年底前",
      "截止到2025年底        | 2025年底前",
      "到2025年底            | 2025年底前",
      "至2025年底            | 2025年底前",
      "预计2025年底          | 2025年底前",
      "2025年年末之前全面完毕前  | 2025年底前",
      "2025年12月末以前资金到位 | 2025年12月底前",
      "2025年12月底以内支付完成  | 2025年12月底前",
      "2025年12月之内验收     | 2025年12月底前",
      "2025年12月内工作结束   | 2025年12月底前",
      "2025年12月为止活动办结 | 2025年12月底前",
      "2025年12月止竣工       | 2025年12月底前",
      "2025年12月截止完工     | 2025年12月底前",
      "2025年12月前前         | 2025年12月底前",
      "12月31日前完成        | 12月31日前",
      "2025.12.31发放完毕     | 2025年12月31日前",
      "2025年12月底实施前     | 2025年12月底前",
  })
  void readsDeadlines(String text, String canonical) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Deadline.class);
    assertThat(v.format()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Every range sign, em dashes repeated, and the words a period may end with.
      "2023.07-2024.01       | 2023.07-2024.01",
      "2023.07—2024.01       | 2023.07-2024.01",
      "2023.07———2024.01     | 2023.07-2024.01",
      "2023.07–2024.01       | 2023.07-2024.01",
      "2023.07~2024.01       | 2023.07-2024.01",
      "2023.07至2024.01      | 2023.07-2024.01",
      "2023.07到2024.01      | 2023.07-2024.01",
      "2023.07－2024.01期间  | 2023.07-2024.01",
      "2023.07-2024.01内     | 2023.07-2024.01",
      "2023.07-2024.01之间   | 2023.07-2024.01",
      // Every form of an end.
      "2023/7/1-2024/1/31    | 2023.07.01-2024.01.31",
      "2023年-2024年         | 2023年-2024年",
      "2023年7月1日-2024年1月31号 | 2023.07.01-2024.01.31",
      "7月1日-12月31日       | 7月1日-12月31日",
      "2023年7月-12月        | 2023.07-2023.12",
      "2024年1月1日-2月29日  | 2024.01.01-2024.02.29",
      // The year written once for both months, and a month sign left out before the range.
      "2025年1-12月          | 2025.01-2025.12",
      "2025年1月至12月期间   | 2025.01-2025.12",
      "1-12月                | 1月-12月",
      "2025年1月-0月         | 2025.01-2025年",
  })
  void readsPeriods(String text, String canonical) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Period.class);
    assertThat(v.format()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Digit runs of the wrong length are never read in part.
      "20255年", "202年12月", "2025年123月", "2025年12月311日", "2025.1", "2025.123", "2025-123", "123月",
      "20231-2024", "2023.07-2024.011",
      // Marks that begin a part and are left hanging.
      "2025年12", "2025年12月31", "2025.12.", "2025-", "2025年12月底完成了", "2023.07-", "2023.07-2024.01期",
      // Dates that do not exist, or outside 1900–2199.
      "2025年13月", "2025年2月29日", "2月30日", "1899年", "2200年", "0月", "13月-12月", "2023年2月29日-3月1日",
      "2024年2月29日-2023年3月1日至",
      // 年底 and 年末 follow only a date written with 年.
      "2025.12年底", "12月31日年末"})
  void refusesWhatIsNoDeadlineNorPeriod(String text) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isNotInstanceOf(Deadline.class).isNotInstanceOf(Period.class);
  }

  @Test
  void leavesNumbersWithoutDateMarksToTheQuantities() {
    assertThat(TargetValue.parse("12月年底前")).isInstanceOf(Quantity.class);
    assertThat(TargetValue.parse("2025")).isInstanceOf(Quantity.class);
    assertThat(TargetValue.parse("100人")).isInstanceOf(Quantity.class);
    assertThat(DateScanner.read("=2025年", "=2025年")).isNull();
  }

  @Test
  void agreesWithTheRegularExpressionsItReplaced() {
    Random random = new Random(20250102L);
    int read = 0;
    for (int i = 0; i < 200_000; i++) {
      String t = i % 2 == 0 ? dateLikeText(random) : periodLikeText(random);
      TargetValue expected = RegexDates.read(t, t);
      TargetValue actual = DateScanner.read(t, t);
      assertThat(String.valueOf(actual)).as("\"%s\"", t).isEqualTo(String.valueOf(expected));
      read += actual == null ? 0 : 1;
    }
    assertThat(read).as("cases read as a date or a period").isGreaterThan(10_000);
  }

  private static final String[] PREFIXES = {"", "", "", "于", "在", "截至", "截止", "截止到", "到", "至", "预计"};
  private static final String[] YEARS = {"2025", "2024", "1900", "2199", "1899", "2200", "202", "20250"};
  private static final String[] MONTHS = {"1", "2", "07", "12", "0", "00", "13", "123"};
  private static final String[] DAYS = {"1", "28", "29", "30", "31", "32", "0", "01", "123"};
  private static final String[] RANGES = {"-", "—", "———", "–", "~", "至", "到"};
  private static final String[][] WORDS = {
      {"", "底", "末", "年底", "年末"}, {"", "之前", "以前", "前", "以内", "之内", "内", "为止", "止", "截止"},
      {"", "全部", "全面", "发放", "实施", "支付", "拨付", "资金", "工作", "活动"},
      {"", "完成", "完毕", "结束", "到位", "完工", "竣工", "验收", "办结"}, {"", "前"}};
  private static final String[] STRAYS = {"年", "月", "日", "号", "份", "度", ".", "-", "/", "—", "至", "期间", "1", "12", "x"};

  /** A date in any of the written forms, or nearly one of them. */
  private static String someDate(Random random) {
    String y = pick(random, YEARS);
    String m = pick(random, MONTHS);
    String d = pick(random, DAYS);
    switch (random.nextInt(8)) {
      case 0: return y + pick(random, "", "年", "年度");
      case 1: return y + pick(random, ".", "/", "-") + m;
      case 2: return y + pick(random, ".", "/", "-") + m + pick(random, ".", "/", "-") + d;
      case 3: return y + "年" + m + pick(random, "月", "月份", "");
      case 4: return y + "年" + m + "月" + d + pick(random, "日", "号", "");
      case 5: return m + pick(random, "月", "月份", "");
      case 6: return m + "月" + d + pick(random, "日", "号");
      default: return m + pick(random, RANGES) + m + "月";
    }
  }

  /** Words before and after a date, one of each group or none, and now and then a character more or fewer. */
  private static String dateLikeText(Random random) {
    StringBuilder b = new StringBuilder(pick(random, PREFIXES)).append(someDate(random));
    for (String[] group : WORDS) {
      b.append(pick(random, group));
    }
    return mutated(random, b);
  }

  /** Two dates of any form around a range sign, with the words a period may end with. */
  private static String periodLikeText(Random random) {
    StringBuilder b = new StringBuilder(someDate(random)).append(pick(random, RANGES)).append(someDate(random))
        .append(pick(random, "", "", "期间", "内", "之间", "前"));
    return mutated(random, b);
  }

  private static String mutated(Random random, StringBuilder b) {
    if (random.nextInt(4) == 0) {
      b.insert(random.nextInt(b.length() + 1), pick(random, STRAYS));
    }
    if (random.nextInt(4) == 0) {
      b.deleteCharAt(random.nextInt(b.length()));
    }
    return b.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  /** The regular expressions that read dates and periods before {@link DateScanner}, as they were. */
  private static final class RegexDates {
    private static final String PREFIX = "(?:于|在|截至|截止到?|到|至|预计)?";
    private static final String SUFFIX = "(?:底|末|年底|年末)?(?:之前|以前|前|以内|之内|内|为止|止|截止)?"
        + "(?:全部|全面|发放|实施|支付|拨付|资金|工作|活动)?(?:完成|完毕|结束|到位|完工|竣工|验收|办结)?(?:前)?";
    private static final String Y = "(\\d{4})";
    private static final String M = "(\\d{1,2})";
    private static final Pattern YMD = Pattern.compile("^" + PREFIX + Y + "年" + M + "月" + M + "[日号]" + SUFFIX + "$");
    private static final Pattern YM = Pattern.compile("^" + PREFIX + Y + "年" + M + "月份?" + SUFFIX + "$");
    private static final Pattern YEAR = Pattern.compile("^" + PREFIX + Y + "年度?" + SUFFIX + "$");
    private static final Pattern DOTTED = Pattern.compile(
        "^" + PREFIX + Y + "(?:\\.(\\d{2})|[-/](\\d{1,2}))(?:[./-](\\d{1,2}))?" + SUFFIX + "$");
    private static final Pattern MD = Pattern.compile("^" + PREFIX + M + "月" + M + "[日号]" + SUFFIX + "$");
    private static final Pattern MONTH = Pattern.compile("^" + PREFIX + M + "月份?" + SUFFIX + "$");
    private static final String END = "(?:(\\d{4})(?:[./](\\d{1,2})(?:[./](\\d{1,2}))?|年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?)?"
        + "|(\\d{1,2})月(?:(\\d{1,2})[日号])?)";
    private static final String RANGE = "(?:-|—+|–|~|至|到)";
    private static final Pattern PERIOD = Pattern.compile("^" + END + RANGE + END + "(?:期间|内|之间)?$");
    private static final Pattern MONTHS =
        Pattern.compile("^(?:" + Y + "年)?" + M + "月?" + RANGE + M + "月(?:期间|内|之间)?$");

    static TargetValue read(String raw, String t) {
      TargetValue v = period(raw, t);
      return v != null ? v : deadline(raw, t);
    }

    private static TargetValue period(String raw, String t) {
      Matcher m = MONTHS.matcher(t);
      if (m.matches()) {
        int y = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        PartialDate start = PartialDate.orNull(y, i(m, 2), 0);
        PartialDate end = PartialDate.orNull(y, i(m, 3), 0);
        return start != null && end != null ? Period.ofParsed(raw, start, end) : null;
      }
      m = PERIOD.matcher(t);
      if (!m.matches()) {
        return null;
      }
      PartialDate start = end(m, 1);
      PartialDate end = end(m, 8);
      if (start == null || end == null) {
        return null;
      }
      if (start.year().isPresent() && end.year().isEmpty()) {
        end = end.inYear(start.year().getAsInt());
      }
      return end == null ? null : Period.ofParsed(raw, start, end);
    }

    private static PartialDate end(Matcher m, int g) {
      if (m.group(g) != null) {
        return PartialDate.orNull(i(m, g), either(m, g + 1, g + 3), either(m, g + 2, g + 4));
      }
      return PartialDate.orNull(0, either(m, g + 5, g + 5), either(m, g + 6, g + 6));
    }

    private static TargetValue deadline(String raw, String t) {
      Matcher m;
      PartialDate date = null;
      boolean month = t.indexOf('月') >= 0;
      boolean day = t.indexOf('日') >= 0 || t.indexOf('号') >= 0;
      if (t.indexOf('年') >= 0) {
        if (month && day && (m = YMD.matcher(t)).matches()) {
          date = PartialDate.orNull(i(m, 1), i(m, 2), i(m, 3));
        } else if (month && (m = YM.matcher(t)).matches()) {
          date = PartialDate.orNull(i(m, 1), i(m, 2), 0);
        } else if ((m = YEAR.matcher(t)).matches()) {
          date = PartialDate.orNull(i(m, 1), 0, 0);
        }
      } else if (month) {
        if (day && (m = MD.matcher(t)).matches()) {
          date = PartialDate.orNull(0, i(m, 1), i(m, 2));
        } else if ((m = MONTH.matcher(t)).matches()) {
          date = PartialDate.orNull(0, i(m, 1), 0);
        }
      } else if ((m = DOTTED.matcher(t)).matches()) {
        date = PartialDate.orNull(i(m, 1), either(m, 2, 3), either(m, 4, 4));
      }
      return date == null ? null : Deadline.ofParsed(raw, date);
    }

    private static int i(Matcher m, int group) {
      return Integer.parseInt(m.group(group));
    }

    private static int either(Matcher m, int g1, int g2) {
      String s = m.group(g1) != null ? m.group(g1) : m.group(g2);
      return s == null ? 0 : Integer.parseInt(s);
    }
  }
}
