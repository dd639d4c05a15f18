package io.github.jixiao.serialization.spi;

/** The kinds of token the format's walk tells apart, whichever parser produced them (词法单元). */
public enum Token {
  START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, NUMBER_INT, NUMBER_FLOAT, TRUE, FALSE, NULL,
  /** A token the format has no use for (an embedded object, a parser's placeholder). */
  OTHER;

  /**
   * The token of each of a Jackson's own token constants, indexed by their ordinals. Both Jacksons name
   * their constants alike ({@code VALUE_STRING}); only the property name differs ({@code FIELD_NAME} in
   * Jackson 2, {@code PROPERTY_NAME} in Jackson 3).
   */
  public static Token[] byOrdinal(Enum<?>[] jacksonTokens) {
    Token[] tokens = new Token[jacksonTokens.length];
    for (Enum<?> t : jacksonTokens) {
      String name = t.name();
      tokens[t.ordinal()] = switch (name) {
        case "FIELD_NAME", "PROPERTY_NAME" -> NAME;
        case "START_OBJECT", "END_OBJECT", "START_ARRAY", "END_ARRAY" -> valueOf(name);
        case "VALUE_TRUE", "VALUE_FALSE", "VALUE_NULL", "VALUE_STRING", "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" ->
            valueOf(name.substring("VALUE_".length()));
        default -> OTHER;
      };
    }
    return tokens;
  }
}
