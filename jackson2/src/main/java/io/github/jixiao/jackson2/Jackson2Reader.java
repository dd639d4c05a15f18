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
  private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());

  /** One parser call that may fail with Jackson 2's checked exception. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws IOException;
  }

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
    return token(p.currentToken());
  }

  @Override
  public Token next() {
    return token(call(p::nextToken));
  }

  private static Token token(JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public int nextName(PropertyNames known) {
    String name = call(p::nextFieldName);
    if (name != null) {
      return known.indexOf(name);
    }
    return p.currentToken() == JsonToken.END_OBJECT ? END_OF_OBJECT : NOT_A_NAME;
  }

  @Override
  public String currentName() {
    return call(p::currentName);
  }

  @Override
  public String text() {
    return call(p::getText);
  }

  @Override
  public int intValue() {
    return call(p::getIntValue);   // a number out of range: InputCoercionException, made an ArithmeticException
  }

  @Override
  public void skipChildren() {
    call(p::skipChildren);
  }

  @Override
  public TokenPosition position() {
    return at(p.currentTokenLocation());
  }

  private static TokenPosition at(JsonLocation l) {
    return new TokenPosition(l.getLineNr(), l.getColumnNr());
  }

  private static <T> T call(Call<T> call) {
    try {
      return call.run();
    } catch (InputCoercionException e) {
      throw new ArithmeticException("out of the int range");
    } catch (JsonProcessingException e) {
      throw failure(e);
    } catch (IOException e) {
      // The stream's own failure, or bytes its reader cannot decode: Jackson 3 wraps these, and so does this.
      throw new ParserFailure(ParserFailure.Kind.OTHER, e.getMessage(), null, new UncheckedIOException(e));
    }
  }

  /** Jackson 2's failure, sorted into the kinds the format's messages tell apart. */
  private static ParserFailure failure(JsonProcessingException e) {
    ParserFailure.Kind kind = ParserFailure.Kind.OTHER;
    if (e instanceof StreamConstraintsException) {
      kind = ParserFailure.Kind.LIMIT;
    } else if (e instanceof JsonEOFException) {
      kind = ParserFailure.Kind.END_OF_INPUT;
    }
    JsonLocation l = e.getLocation();
    return new ParserFailure(kind, e.getOriginalMessage(), l == null || l == JsonLocation.NA ? null : at(l), e);
  }
}
