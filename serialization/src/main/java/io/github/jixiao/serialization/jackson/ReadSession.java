package io.github.jixiao.serialization.jackson;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.internal.jackson.Failures;
import io.github.jixiao.serialization.internal.jackson.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The state of one read (一次读取) through {@link JixiaoModule}'s deserializers: the format, the input's
 * name, strict or lenient, the path prefix of the value being read ({@code tables[2]}) and the warnings so
 * far. The codecs pass one to Jackson as a per-call attribute keyed by this class:
 *
 * <pre>{@code
 * ReadSession session = ReadSession.of(ReadSession.Format.JSON, "budget.json", false);
 * ProjectTargetTable t = mapper.readerFor(ProjectTargetTable.class)
 *     .withAttribute(ReadSession.class, session).readValue(json);
 * }</pre>
 *
 * <p>Without one, the deserializers read strictly. A session belongs to one read on one thread.
 */
public final class ReadSession {
  /** The wire format, which names the problem codes ({@code JX-JSON-…}, {@code JX-XML-…}). */
  public enum Format { JSON, XML }

  private final Format format;
  private final String source;
  private final boolean lenient;
  private final List<ReadProblem> warnings = new ArrayList<>();
  private String pathPrefix = "";
  private int maxListLength = DEFAULT_MAX_LIST_LENGTH;
  private IOException streamFailure;

  /** The most warnings one read keeps; a further one is noted once, and the rest are dropped. */
  public static final int MAX_WARNINGS = 1_000;

  /** The most items one list (indicators, goals, checkpoints, tables of a document) may hold by default. */
  public static final int DEFAULT_MAX_LIST_LENGTH = ReadLimits.DEFAULT_MAX_LIST_LENGTH;

  private ReadSession(Format format, String source, boolean lenient) {
    this.format = Objects.requireNonNull(format, "format");
    this.source = source;
    this.lenient = lenient;
  }

  /**
   * A session for one read.
   *
   * @param source the input's name for messages ({@code budget.json}), or null for an unnamed stream
   * @param lenient true to report unknown properties and disagreeing parts as warnings instead of errors
   */
  public static ReadSession of(Format format, String source, boolean lenient) {
    return new ReadSession(format, source, lenient);
  }

  public Format format() {
    return format;
  }

  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  public boolean isLenient() {
    return lenient;
  }

  /** Sets the path of the value about to be read, e.g. {@code tables[2]}; empty for a root value. */
  public ReadSession atPath(String prefix) {
    this.pathPrefix = Objects.requireNonNull(prefix, "prefix");
    return this;
  }

  /** Sets the most items one list may hold; a longer list fails the read with a limit problem. */
  public ReadSession maxListLength(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxListLength: expected at least 1, found " + max);
    }
    this.maxListLength = max;
    return this;
  }

  int maxListLength() {
    return maxListLength;
  }

  /**
   * Wraps the input so that this session can tell a failing stream (an {@link java.io.UncheckedIOException})
   * from bytes that are no text, which parsers also report as I/O errors (a read problem).
   */
  public InputStream watch(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          streamFailure = e;
          throw e;
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          streamFailure = e;
          throw e;
        }
      }
    };
  }

  /** Whether {@code failure} came from the {@linkplain #watch watched} input stream itself. */
  public boolean isInputFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t == streamFailure) {
        return true;
      }
    }
    return false;
  }

  public String pathPrefix() {
    return pathPrefix;
  }

  /** The warnings so far, in input order. */
  public List<ReadProblem> warnings() {
    return List.copyOf(warnings);
  }

  /** Keeps the first {@link #MAX_WARNINGS} warnings, then one saying that more were not kept: memory stays flat. */
  public void warn(ReadProblem problem) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(problem);
    } else if (warnings.size() == MAX_WARNINGS) {
      warnings.add(ReadProblem.warning(Problem.LIMIT.code(format.name()), problem.location(),
          "more than " + MAX_WARNINGS + " warnings; the rest are not kept"));
    }
  }

  /**
   * The typed failure for an exception that Jackson threw while reading this session's input: this
   * module's own {@link FormatException}, or a syntax error or limit of the parser, described in the
   * format's words. An I/O failure of the input stream is not a read problem and comes back as an
   * {@link java.io.UncheckedIOException}.
   */
  public ReadException toReadException(JacksonException e) {
    ReadProblem problem = e instanceof FormatException
        ? ((FormatException) e).problem()
        : Failures.describe(Jackson3Reader.failure(e), format, location(null), this);
    return new ReadException(problem, e);
  }

  /** A failure of the input's overall shape, found by a codec: empty input, content after the value. */
  public ReadException malformed(tools.jackson.core.JsonParser p, String message) {
    return failure(p, Problem.MALFORMED, message);
  }

  /** A value of the wrong shape where a codec expected a table or a sequence of tables. */
  public ReadException wrongType(tools.jackson.core.JsonParser p, String message) {
    return failure(p, Problem.WRONG_TYPE, message);
  }

  /** An element a codec did not expect in a sequence: an error, or a warning when lenient. */
  public void unexpected(tools.jackson.core.JsonParser p, String message) {
    if (!lenient) {
      throw failure(p, Problem.UNKNOWN_PROPERTY, message);
    }
    warn(ReadProblem.warning(Problem.UNKNOWN_PROPERTY.code(format.name()), location(p.currentTokenLocation()),
        message + " (skipped)"));
  }

  private ReadException failure(tools.jackson.core.JsonParser p, Problem kind, String message) {
    return new ReadException(ReadProblem.error(kind.code(format.name()), location(p.currentTokenLocation()),
        message));
  }

  /** The location of a place in this session's input, with the path prefix joined to {@code path}. */
  SourceLocation location(tools.jackson.core.TokenStreamLocation at) {
    SourceLocation l = at == null
        ? SourceLocation.at(source, 0, 0)
        : SourceLocation.at(source, at.getLineNr(), at.getColumnNr());
    return pathPrefix.isEmpty() ? l : l.withPath(pathPrefix);
  }
}
