package io.github.jixiao.serialization.internal.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ISO forms of a partial date that the formats write for deadlines and periods. */
class PartialDateTextTest {
  @Test
  void readsEveryPrecisionItWrites() {
    assertThat(PartialDateText.parse("2025")).isEqualTo(PartialDate.ofYear(2025));
    assertThat(PartialDateText.parse("2025-12")).isEqualTo(PartialDate.of(2025, 12));
    assertThat(PartialDateText.parse("2025-12-31")).isEqualTo(PartialDate.of(2025, 12, 31));
    assertThat(PartialDateText.parse("--12")).isEqualTo(PartialDate.ofMonth(12));
    assertThat(PartialDateText.parse("--07-01")).isEqualTo(PartialDate.ofMonthDay(7, 1));
    assertThat(PartialDateText.parse(" 2023-07 ")).isEqualTo(PartialDate.of(2023, 7));
  }

  @Test
  void writesWhatItReads() {
    for (String s : new String[] {"2025", "2025-12", "2025-12-31", "--12", "--07-01", "1999-01"}) {
      assertThat(PartialDateText.format(PartialDateText.parse(s))).isEqualTo(s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-", "2025-1", "2025-13", "2025-00", "2025-12-", "2025-12-3", "2025-12-00",
      "2025-02-30", "2025-12-31x", "2025/12", "--", "--1", "--00", "--12-", "--12-32", "--13", "２０２５", "2025-1２",
      "-2025", "+2025"})
  void refusesWhatIsNoSuchDate(String text) {
    assertThat(PartialDateText.parse(text)).isNull();
  }
}
