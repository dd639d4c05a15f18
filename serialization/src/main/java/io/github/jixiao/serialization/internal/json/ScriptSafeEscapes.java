package io.github.jixiao.serialization.internal.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * The escapes of a {@code JsonOutput} (转义规则): every control character as {@code \}{@code u00xx} except
 * the three that have a short form a reader of the text recognises ({@code \t}, {@code \n}, {@code \r}),
 * and the line and paragraph separators U+2028 and U+2029, which end a line in JavaScript source and in
 * some editors, so that JSON pasted into a script or shown line by line stays one value.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  static final ScriptSafeEscapes INSTANCE = new ScriptSafeEscapes();

  private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  private final int[] ascii;

  private ScriptSafeEscapes() {
    ascii = standardAsciiEscapesForJSON();
    // \b and \f are rarely what a reader expects; the numbered form says plainly which character it was.
    ascii['\b'] = ESCAPE_STANDARD;
    ascii['\f'] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return switch (ch) {
      case '\u2028' -> LINE_SEPARATOR;
      case '\u2029' -> PARAGRAPH_SEPARATOR;
      default -> null;
    };
  }
}
