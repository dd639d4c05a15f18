package io.github.jixiao.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.jixiao.serialization.spi.ParserFailure;
import io.github.jixiao.serialization.spi.PropertyNames;
import io.github.jixiao.serialization.spi.Token;
import io.github.jixiao.serialization.spi.TokenPosition;
import io.github.jixiao.serialization.spi.TokenReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The format's walk on a Jackson 2 parser (Jackson 2 适配). Jackson 2 has no matcher of names from bytes, so
 * a name is read as a string and numbered by lookup. Jackson 2's checked exceptions become
 * {@link ParserFailure}s; a failing stream's {@link IOException} is kept under an
 * {@link UncheckedIOException}, where the walk finds it as it finds Jackson 3's.
 */
final class Jackson2Reader implements TokenReader {
  private static final Token[] TOKENS = tokens();

  private final JsonParser p;
  private final boolean xml;

  Jackson2Reader(JsonParser p) {
    this.p = p;
    this.xml = XmlSupport.isXml(p);
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
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int nextName(PropertyNames known) {
    String name;
    try {
      name = p.nextFieldName();
    } catch (IOException e) {
      throw failure(e);
    }
    if (name != null) {
      return known.indexOf(name);
    }
    return p.currentToken() == JsonToken.END_OBJECT ? END_OF_OBJECT : NOT_A_NAME;
  }

  @Override
  public String currentName() {
    try {
      return p.currentName();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String text() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return p.getIntValue();
    } catch (InputCoercionException e) {
      throw new ArithmeticException("out of the int range");
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      p.skipChildren();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public TokenPosition position() {
    JsonLocation l = p.currentTokenLocation();
    return new TokenPosition(l.getLineNr(), l.getColumnNr());
  }

  /** Jackson 2's failure, sorted as the adapter of Jackson 3 sorts its own. */
  private static ParserFailure failure(IOException e) {
    if (!(e instanceof JsonProcessingException)) {
      // The stream's own failure, or bytes its reader cannot decode: Jackson 3 wraps these, and so does this.
      return new ParserFailure(ParserFailure.Kind.OTHER, e.getMessage(), null, new UncheckedIOException(e));
    }
    JsonProcessingException j = (JsonProcessingException) e;
    ParserFailure.Kind kind = j instanceof StreamConstraintsException ? ParserFailure.Kind.LIMIT
        : j instanceof JsonEOFException ? ParserFailure.Kind.END_OF_INPUT
        : ParserFailure.Kind.OTHER;
    JsonLocation l = j.getLocation();
    TokenPosition at = l == null || l == JsonLocation.NA ? null : new TokenPosition(l.getLineNr(), l.getColumnNr());
    return new ParserFailure(kind, j.getOriginalMessage(), at, j);
  }

  private static Token[] tokens() {
    Token[] tokens = new Token[JsonToken.values().length];
    for (JsonToken t : JsonToken.values()) {
      tokens[t.ordinal()] = switch (t) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case FIELD_NAME -> Token.NAME;
        case VALUE_STRING -> Token.STRING;
        case VALUE_NUMBER_INT -> Token.NUMBER_INT;
        case VALUE_NUMBER_FLOAT -> Token.NUMBER_FLOAT;
        case VALUE_TRUE -> Token.TRUE;
        case VALUE_FALSE -> Token.FALSE;
        case VALUE_NULL -> Token.NULL;
        default -> Token.OTHER;
      };
    }
    return tokens;
  }
}
