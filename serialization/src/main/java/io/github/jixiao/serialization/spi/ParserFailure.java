package io.github.jixiao.serialization.spi;

import java.util.Optional;

/**
 * What an adapter throws when its parser fails (解析失败): the parser's exception as the cause, sorted into
 * the few kinds the format names in its own words. The walk turns it into a located
 * {@link io.github.jixiao.serialization.ReadException}; the parser's wording is read only to name the limit hit.
 * An input stream that itself fails is a cause of the cause (an {@link java.io.IOException} under it).
 */
public final class ParserFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as far as the format's messages care. */
  public enum Kind {
    /** A configured limit of the parser: nesting depth, text, number, name or document length. */
    LIMIT,
    /** The input ended inside a value. */
    END_OF_INPUT,
    /** Anything else: malformed input, bytes that are no text, a failing stream. */
    OTHER
  }

  private final Kind kind;
  private final String parserMessage;
  private final transient TokenPosition position;

  /**
   * @param parserMessage the parser's own message without location, read to name a limit; never shown
   * @param position where the parser says it failed, or null when it does not say
   */
  public ParserFailure(Kind kind, String parserMessage, TokenPosition position, Throwable cause) {
    super(parserMessage, cause, false, false);
    this.kind = kind;
    this.parserMessage = String.valueOf(parserMessage);
    this.position = position;
  }

  public Kind kind() {
    return kind;
  }

  public String parserMessage() {
    return parserMessage;
  }

  /** Where the parser failed, when it says. */
  public Optional<TokenPosition> position() {
    return Optional.ofNullable(position);
  }
}
