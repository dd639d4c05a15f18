package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void writesEveryCharacterATerminalActsOnAsAVisibleEscape() {
    assertThat(TerminalText.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    assertThat(TerminalText.escape("\u001B[8m隐藏")).isEqualTo("\\u001B[8m隐藏");
    assertThat(TerminalText.escape("\u001B]0;pwned\u0007")).isEqualTo("\\u001B]0;pwned\\u0007");
    assertThat(TerminalText.escape("\u009B31m\u007F")).isEqualTo("\\u009B31m\\u007F");
    assertThat(TerminalText.escape("\u202Egnp.exe\u2066\u2069\u2028")).isEqualTo("\\u202Egnp.exe\\u2066\\u2069\\u2028");
  }

  @Test
  void leavesOrdinaryTextAndPathsAlone() {
    String wei = "2025年特困生救助金 · ≥22个 «≤100%» C:\\data\\budget.csv";
    assertThat(TerminalText.escape(wei)).isSameAs(wei);
  }

  @Test
  void doublesABackslashOnlyWhereItWouldBeginAnEscape() {
    assertThat(TerminalText.escape("C:\\new\\table.csv")).isEqualTo("C:\\\\new\\\\table.csv");
    assertThat(TerminalText.escape("\\u001B")).isEqualTo("\\\\u001B");  // typed, not an escape character
    assertThat(TerminalText.escape("a\\\n")).isEqualTo("a\\\\\\n");
  }

  @Test
  void isReversibleOnRandomTextOfBackslashesLettersAndControls() {
    char[] alphabet = {'\\', 'n', 'r', 't', 'u', '0', 'A', '\n', '\r', '\t', '\u001B', '\u0007', '\u009B', '\u202E',
        '\u2028', '年', ' '};
    Random random = new Random(16);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      String escaped = TerminalText.escape(text);
      assertThat(escaped.chars().filter(c -> TerminalText.isActive((char) c))).as(text).isEmpty();
      assertThat(unescape(escaped)).as(escaped).isEqualTo(text);
    }
  }

  /** The reading the notation promises: {@code \\} {@code \n} {@code \r} {@code \t} <code>&#92;uXXXX</code>, else as is. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char next = s.charAt(i + 1);
      switch (next) {
        case '\\' -> b.append('\\');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 4;
        }
        default -> {
          b.append(c);
          continue;
        }
      }
      i++;
    }
    return b.toString();
  }
}
