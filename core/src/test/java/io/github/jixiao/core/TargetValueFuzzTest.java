package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Jazzer fuzz tests of the grammar. {@code mvn verify} runs them over their stored inputs (regression
 * mode); {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=TargetValueFuzzTest} fuzzes (see docs/QUALITY.md).
 */
class TargetValueFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parseNeverThrowsAndFormatsStably(@NotNull String text) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v.raw()).isEqualTo(text);
    TargetValue again = TargetValue.parse(v.format());
    assertThat(again.isEquivalentTo(v)).as("\"%s\" formatted as \"%s\"", text, v.format()).isTrue();
    assertThat(again.format()).isEqualTo(v.format());
  }
}
