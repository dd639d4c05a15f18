package io.github.jixiao.serialization.internal.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {
  private static final long SEED = Long.getLong("jixiao.seed", 20251126L);

  @ParameterizedTest
  @ValueSource(strings = {"5.00", "0", "-0", "-0.0", "100", "0.05", "30", "12.345", " 7.5 ", "999999999999999999",
      "1000000000000000000", "-999999999999999999.9", "0.000000000000000001", "1E+3", "2.5e-4", "-1E9999",
      "00012.50"})
  void readsEveryDecimalAsBigDecimalDoesScaleIncluded(String text) {
    assertThat(DecimalText.parse(text)).isEqualTo(new BigDecimal(text.strip()));   // scale included
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".5", "5.", "5..0", "+5", "1e", "1e+", "1e12345", "五", "5,000", "5 000", "0x10",
      "NaN", "１２"})
  void refusesWhatIsNoDecimal(String text) {
    assertThat(DecimalText.parse(text)).isNull();
  }

  @Test
  void agreesWithBigDecimalOnGeneratedDecimals() {
    Random random = new Random(SEED);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      if (random.nextInt(4) == 0) {
        b.append('-');
      }
      int whole = 1 + random.nextInt(random.nextBoolean() ? 4 : 22);
      for (int d = 0; d < whole; d++) {
        b.append((char) ('0' + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        b.append('.');
        int fraction = 1 + random.nextInt(random.nextBoolean() ? 3 : 20);
        for (int d = 0; d < fraction; d++) {
          b.append((char) ('0' + random.nextInt(10)));
        }
      }
      if (random.nextInt(10) == 0) {
        b.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "+").append(random.nextInt(500));
      }
      String text = b.toString();
      BigDecimal expected = new BigDecimal(text);
      BigDecimal read = DecimalText.parse(text);
      assertThat(read).as("%s (seed %d; rerun with -Djixiao.seed=%d)", text, SEED, SEED)
          .isEqualTo(expected);   // BigDecimal.equals compares the scale too: 5.0 is not 5.00
    }
  }
}
