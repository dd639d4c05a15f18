package io.github.jixiao.serialization.internal.codec;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.jackson.ReadSession;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;

/**
 * The single reads and writes a Jackson codec facade hands out (编解码核心), once for JSON and XML: the
 * null checks, the session, the end-of-input check and the translation of Jackson's failures. A format
 * says how it opens a generator and a parser, what its first token must be, and what its failures mean.
 */
public abstract class JacksonCodecCore {
  private final ReadSession.Format format;
  private final boolean lenient;
  private final int maxListLength;

  protected JacksonCodecCore(ReadSession.Format format, boolean lenient, int maxListLength) {
    this.format = format;
    this.lenient = lenient;
    this.maxListLength = maxListLength;
  }

  /**
   * The parser limits of both formats, from the reader's limits; JSON adds the number length.
   *
   * @param maxDocumentLength the single-value limit, or -1 for a sequence, which may be any length
   */
  protected static StreamReadConstraints.Builder constraints(ReadLimits limits, long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxDocumentLength(maxDocumentLength);
  }

  /** A generator for one value on {@code out}, which it leaves open. */
  protected abstract JsonGenerator generator(OutputStream out);

  /** A parser for one value whose root is {@code root}, on {@code in}, which it leaves open. */
  protected abstract JsonParser parser(InputStream in, ReadSession session, Root<?> root);

  /** Refuses a first token that cannot start {@code root}; {@code first} is null on empty input. */
  protected abstract void expectStart(JsonParser p, JsonToken first, ReadSession session, Root<?> root);

  /** The failure a Jackson exception stands for in this format. */
  protected abstract ReadException failure(ReadSession session, JacksonException e);

  /** The value as text. */
  public final <T> String text(T value, Root<T> root) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(value, out, root);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes the value as UTF-8; the stream is left open. */
  public final <T> void write(T value, OutputStream out, Root<T> root) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = generator(out)) {
      root.write().accept(g, value);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  public final RuntimeException writeFailure(JacksonException e) {
    return WriteFailures.of(e, format.name());
  }

  /** Reads one value from text. */
  public final <T> ReadResult<T> read(String text, Root<T> root) {
    // As characters, not bytes: the codec's encoding and an XML declaration's do not apply to them.
    return read(ReaderBytes.of(text), null, root);
  }

  /** Reads one value, and nothing after it, from a stream left open. */
  public final <T> ReadResult<T> read(InputStream in, String sourceName, Root<T> root) {
    Objects.requireNonNull(in, "in");
    ReadSession session = session(sourceName);
    try (JsonParser p = parser(in, session, root)) {
      expectStart(p, p.nextToken(), session, root);
      T value = root.read().apply(p, session);
      // Past the root only whitespace (and in XML comments and processing instructions) may follow; a second
      // root there is malformed, and would otherwise be dropped without a word.
      if (p.nextToken() != null) {
        throw session.malformed(p, "unexpected content after the end of " + root.what());
      }
      return ReadResult.of(value, session.warnings());
    } catch (JacksonException e) {
      throw failure(session, e);
    }
  }

  /** A new session for one read, with this codec's leniency and list limit. */
  public final ReadSession session(String sourceName) {
    return ReadSession.of(format, sourceName, lenient).maxListLength(maxListLength);
  }
}
