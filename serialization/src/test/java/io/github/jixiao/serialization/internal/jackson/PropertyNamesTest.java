package io.github.jixiao.serialization.internal.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.serialization.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.sym.PropertyNameMatcher;

class PropertyNamesTest {
  private static final String[] INDICATOR = {"category", "categoryLabel", "name", "target", "weight"};

  @Test
  void numbersTheNamesInTheOrderGiven() {
    PropertyNames names = PropertyNames.of(INDICATOR);
    for (int i = 0; i < INDICATOR.length; i++) {
      assertThat(names.matcher().matchName(new String(INDICATOR[i].toCharArray()))).isEqualTo(i);
      assertThat(names.name(i)).isEqualTo(INDICATOR[i]);
    }
    assertThat(names.matcher().matchName("Name")).isEqualTo(PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    assertThat(names.matcher().matchName("colour")).isEqualTo(PropertyNameMatcher.MATCH_UNKNOWN_NAME);
  }

  @Test
  void matchesNamesFromTheParsersBytesWithoutMakingStrings() {
    // Short, medium and long names, a Chinese one, an escaped one, and one that is none of these.
    PropertyNames names = PropertyNames.of("unit", "amount", "subcategoryLabel", "unitOfMeasure", "名称");
    String json = "{\"unit\":1,\"amount\":2,\"subcategoryLabel\":3,\"名称\":4,\"unit\\u004ffMeasure\":5,"
        + "\"amounts\":6}";
    List<Integer> matched = new ArrayList<>();
    List<String> current = new ArrayList<>();
    try (JsonParser p = JsonCodec.create().factory()
        .createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      int i;
      while ((i = p.nextNameMatch(names.matcher())) != PropertyNameMatcher.MATCH_END_OBJECT) {
        matched.add(i);
        current.add(p.currentName());
        p.nextToken();
      }
    }
    assertThat(matched).containsExactly(0, 1, 2, 4, 3, PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    assertThat(current).containsExactly("unit", "amount", "subcategoryLabel", "名称", "unitOfMeasure", "amounts");
    // Matched from the bytes, a name is the matcher's own string; a name the parser had to decode (the
    // escaped one) is a string of its own, matched afterwards.
    assertThat(current.get(0)).isSameAs(names.name(0));
    assertThat(current.get(1)).isSameAs(names.name(1));
    assertThat(current.get(2)).isSameAs(names.name(2));
    assertThat(current.get(3)).isSameAs(names.name(4));
    assertThat(current.get(4)).isNotSameAs(names.name(3));
  }

  @Test
  void holdsUpToSixtyFourNames() {
    String[] many = IntStream.range(0, 64).mapToObj(i -> "p" + i).toArray(String[]::new);
    assertThat(PropertyNames.of(many).matcher().matchName("p63")).isEqualTo(63);
    String[] tooMany = IntStream.range(0, 65).mapToObj(i -> "p" + i).toArray(String[]::new);
    assertThatThrownBy(() -> PropertyNames.of(tooMany)).isInstanceOf(IllegalArgumentException.class);
  }
}
