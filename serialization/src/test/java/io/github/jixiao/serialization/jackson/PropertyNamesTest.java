package io.github.jixiao.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;

class PropertyNamesTest {
  private static final String[] INDICATOR = {"category", "categoryLabel", "name", "target", "weight"};

  @Test
  void numbersTheNamesInTheOrderGiven() {
    PropertyNames names = PropertyNames.of(INDICATOR);
    for (int i = 0; i < INDICATOR.length; i++) {
      assertThat(names.index(new String(INDICATOR[i].toCharArray()))).isEqualTo(i);   // equal text, another instance
      assertThat(names.name(i)).isEqualTo(INDICATOR[i]);
    }
    assertThat(names.index("Name")).isEqualTo(PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    assertThat(names.index("")).isEqualTo(PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    assertThat(names.index("colour")).isEqualTo(PropertyNameMatcher.MATCH_UNKNOWN_NAME);
  }

  @Test
  void findsNamesWhoseHashCodesCollide() {
    // "Aa" and "BB" have the same hash code, as do their concatenations.
    PropertyNames names = PropertyNames.of("AaAa", "BBBB", "AaBB", "BBAa");
    assertThat(IntStream.range(0, 4).map(i -> names.index(new String[] {"AaAa", "BBBB", "AaBB", "BBAa"}[i])))
        .containsExactly(0, 1, 2, 3);
    assertThat(names.index("AaAaAa")).isEqualTo(PropertyNameMatcher.MATCH_UNKNOWN_NAME);
  }

  @Test
  void matchesNamesFromTheParsersBytesAsFromStrings() {
    // Short, medium and long names, an escaped one, a Chinese one, and one the matcher does not know.
    PropertyNames names = PropertyNames.of("unit", "amount", "subcategoryLabel", "unitOfMeasure", "名称");
    String json = "{\"unit\":1,\"amount\":2,\"subcategoryLabel\":3,\"unit\\u004ffMeasure\":4,\"名称\":5,"
        + "\"amounts\":6}";
    List<Integer> matched = new ArrayList<>();
    List<String> current = new ArrayList<>();
    try (JsonParser p = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      int i;
      while ((i = p.nextNameMatch(names.matcher())) != PropertyNameMatcher.MATCH_END_OBJECT) {
        matched.add(i);
        current.add(p.currentName());
        p.nextToken();
      }
    }
    assertThat(matched).containsExactly(0, 1, 2, 3, 4, PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    assertThat(current).containsExactly("unit", "amount", "subcategoryLabel", "unitOfMeasure", "名称", "amounts");
  }

  @Test
  void holdsUpToSixtyFourNames() {
    String[] many = IntStream.range(0, 64).mapToObj(i -> "p" + i).toArray(String[]::new);
    PropertyNames names = PropertyNames.of(many);
    assertThat(names.index("p63")).isEqualTo(63);
    assertThat(names.index("p64")).isEqualTo(PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    String[] tooMany = IntStream.range(0, 65).mapToObj(i -> "p" + i).toArray(String[]::new);
    assertThatThrownBy(() -> PropertyNames.of(tooMany)).isInstanceOf(IllegalArgumentException.class);
  }
}
