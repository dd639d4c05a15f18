package io.github.jixiao.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PropertyNamesTest {
  @Test
  void givesEachNameItsOwnBitAndOthersNone() {
    PropertyNames names = PropertyNames.of("category", "categoryLabel", "name", "target", "weight");
    Set<Long> seen = new HashSet<>();
    for (String n : new String[] {"category", "categoryLabel", "name", "target", "weight"}) {
      long bit = names.bit(new String(n.toCharArray()));   // equal text, another instance
      assertThat(Long.bitCount(bit)).isOne();
      assertThat(seen.add(bit)).isTrue();
    }
    assertThat(names.bit("Name")).isZero();
    assertThat(names.bit("")).isZero();
    assertThat(names.bit("colour")).isZero();
  }

  @Test
  void findsNamesWhoseHashCodesCollide() {
    // "Aa" and "BB" have the same hash code, as do their concatenations.
    PropertyNames names = PropertyNames.of("AaAa", "BBBB", "AaBB", "BBAa");
    assertThat(IntStream.of(0, 1, 2, 3).mapToLong(i -> names.bit(new String[] {"AaAa", "BBBB", "AaBB", "BBAa"}[i]))
        .distinct().count()).isEqualTo(4);
    assertThat(names.bit("AaAaAa")).isZero();
  }

  @Test
  void holdsUpToSixtyFourNames() {
    String[] many = IntStream.range(0, 64).mapToObj(i -> "p" + i).toArray(String[]::new);
    PropertyNames names = PropertyNames.of(many);
    assertThat(names.bit("p63")).isEqualTo(1L << 63);
    assertThat(names.bit("p64")).isZero();
    String[] tooMany = IntStream.range(0, 65).mapToObj(i -> "p" + i).toArray(String[]::new);
    assertThatThrownBy(() -> PropertyNames.of(tooMany)).isInstanceOf(IllegalArgumentException.class);
  }
}
