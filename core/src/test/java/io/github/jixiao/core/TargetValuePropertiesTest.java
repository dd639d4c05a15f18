package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.fixtures.RandomTables;
import org.junit.jupiter.api.Test;

/** Properties of the target-value grammar over seeded random cell texts. */
class TargetValuePropertiesTest {
  private static final long SEED = RandomTables.seedFromSystemProperty(20250101L);
  private static final int CASES = 20_000;

  @Test
  void parsingKeepsTheTextAndFormattingReadsBackEquivalent() {
    RandomTables random = RandomTables.withSeed(SEED);
    for (int i = 0; i < CASES; i++) {
      String text = i % 2 == 0 ? random.targetText() : random.text(3);
      TargetValue v = TargetValue.parse(text);
      String context = "seed " + SEED + ", case " + i + ": \"" + text + "\"";
      assertThat(v.raw()).as(context).isEqualTo(text);
      TargetValue again = TargetValue.parse(v.format());
      assertThat(again.isEquivalentTo(v)).as(context + " formatted as \"" + v.format() + "\"").isTrue();
      assertThat(again.format()).as(context).isEqualTo(v.format());
      assertThat(again.kind()).as(context).isEqualTo(v.kind());
    }
  }

  @Test
  void equalTextsGiveEqualValues() {
    RandomTables random = RandomTables.withSeed(SEED);
    for (int i = 0; i < CASES; i++) {
      String text = random.targetText();
      assertThat(TargetValue.parse(text)).as("seed " + SEED + ", case " + i)
          .isEqualTo(TargetValue.parse(new String(text.toCharArray())))
          .hasSameHashCodeAs(TargetValue.parse(text));
    }
  }
}
