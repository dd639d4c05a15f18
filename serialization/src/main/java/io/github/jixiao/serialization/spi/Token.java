package io.github.jixiao.serialization.spi;

/** The kinds of token the format's walk tells apart, whichever parser produced them (词法单元). */
public enum Token {
  START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, NUMBER_INT, NUMBER_FLOAT, TRUE, FALSE, NULL,
  /** A token the format has no use for (an embedded object, a parser's placeholder). */
  OTHER
}
