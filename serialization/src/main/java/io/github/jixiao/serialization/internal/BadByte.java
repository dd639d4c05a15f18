package io.github.jixiao.serialization.internal;

import io.github.jixiao.serialization.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The first byte an encoding could not decode (无法解码的字节): its 0-based offset in the input, its value, the
 * line and column of the character it would have started, and whether the input ends inside that character.
 */
record BadByte(long offset, int value, int line, int column, boolean cut) {

  /** {@code byte 57 (0xFF) on line 3, column 12}, the byte counted from 1. */
  String what() {
    return String.format("byte %d (0x%02X) on line %d, column %d%s", offset + 1, value, line, column,
        cut ? " (the input ends inside the character it starts)" : "");
  }

  SourceLocation location(String source) {
    return SourceLocation.at(source, line, column);
  }

  /**
   * Whether the bytes left in {@code rest}, the last of the input, begin a character they are too few to finish:
   * a decoder told more may follow takes none of them and reports nothing.
   */
  static boolean cutShort(Charset charset, ByteBuffer rest) {
    ByteBuffer copy = rest.duplicate();
    int start = copy.position();
    CoderResult r = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(copy, CharBuffer.allocate(2), false);
    return r.isUnderflow() && copy.position() == start;
  }
}
