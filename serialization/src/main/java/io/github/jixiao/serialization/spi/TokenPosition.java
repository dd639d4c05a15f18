package io.github.jixiao.serialization.spi;

/** Where a token starts in the input: a 1-based line and column, or 0 where the parser cannot tell. */
public record TokenPosition(int line, int column) {}
