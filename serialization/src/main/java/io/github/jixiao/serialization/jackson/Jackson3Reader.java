package io.github.jixiao.serialization.jackson;

import io.github.jixiao.serialization.spi.ParserFailure;
import io.github.jixiao.serialization.spi.PropertyNames;
import io.github.jixiao.serialization.spi.Token;
import io.github.jixiao.serialization.spi.TokenPosition;
import io.github.jixiao.serialization.spi.TokenReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.dataformat.xml.deser.FromXmlParser;

/**
 * The format's walk on a Jackson 3 parser (Jackson 3 适配). Property names are matched from the parser's
 * bytes ({@link JsonParser#nextNameMatch}), as databind does, without making a name a string or looking it up
 * twice; the matcher of each set of names is built once and kept for every later read.
 */
final class Jackson3Reader implements TokenReader {
  private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());
  /** One matcher per {@link PropertyNames#id()}; the format has a dozen sets, made once. */
  private static final AtomicReferenceArray<PropertyNameMatcher> MATCHERS = new AtomicReferenceArray<>(64);

  private final JsonParser p;
  private final boolean xml;

  Jackson3Reader(JsonParser p) {
    this.p = p;
    this.xml = p instanceof FromXmlParser;
  }

  @Override
  public boolean isXml() {
    return xml;
  }

  @Override
  public Token current() {
    JsonToken t = p.currentToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public Token next() {
    try {
      JsonToken t = p.nextToken();
      return t == null ? null : TOKENS[t.ordinal()];
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int nextName(PropertyNames known) {
    int index;
    try {
      index = p.nextNameMatch(matcher(known));
    } catch (JacksonException e) {
      throw failure(e);
    }
    return switch (index) {
      case PropertyNameMatcher.MATCH_END_OBJECT -> END_OF_OBJECT;
      case PropertyNameMatcher.MATCH_UNKNOWN_NAME -> UNKNOWN_NAME;
      case PropertyNameMatcher.MATCH_ODD_TOKEN -> NOT_A_NAME;
      default -> index;
    };
  }

  /** The Jackson 3 matcher of {@code names}, numbering them in their order. */
  static PropertyNameMatcher matcher(PropertyNames names) {
    PropertyNameMatcher m = MATCHERS.get(names.id());
    if (m == null) {
      List<Named> named = new ArrayList<>(names.names().size());
      for (String n : names.names()) {
        named.add(Named.fromString(n));
      }
      m = BinaryNameMatcher.constructFrom(named, false);
      MATCHERS.set(names.id(), m);
    }
    return m;
  }

  @Override
  public String currentName() {
    return p.currentName();
  }

  @Override
  public String text() {
    try {
      return p.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return p.getIntValue();
    } catch (InputCoercionException e) {
      throw new ArithmeticException("out of the int range");
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      p.skipChildren();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public TokenPosition position() {
    TokenStreamLocation l = p.currentTokenLocation();
    return new TokenPosition(l.getLineNr(), l.getColumnNr());
  }

  /** The parser's failure, sorted for the format's messages. */
  static ParserFailure failure(JacksonException e) {
    ParserFailure.Kind kind = e instanceof StreamConstraintsException ? ParserFailure.Kind.LIMIT
        : e instanceof UnexpectedEndOfInputException ? ParserFailure.Kind.END_OF_INPUT
        : ParserFailure.Kind.OTHER;
    TokenStreamLocation l = e.getLocation();
    TokenPosition at = l == null || l == TokenStreamLocation.NA ? null : new TokenPosition(l.getLineNr(),
        l.getColumnNr());
    return new ParserFailure(kind, e.getOriginalMessage(), at, e);
  }
}
