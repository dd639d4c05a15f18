package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.jackson.FormatException;
import io.github.jixiao.serialization.jackson.ReadSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.jixiao.serialization.spi.ParserFailure;
import io.github.jixiao.serialization.spi.TokenPosition;
import javax.xml.stream.XMLStreamException;

/**
 * Describes the parser's own failures (syntax, limits, refused DTDs) in the format's words, whichever Jackson
 * parsed: each adapter sorts its exceptions into a {@link ParserFailure}. Jackson's and Woodstox's messages
 * are read only to tell which limit was hit; they never reach the user.
 */
public final class Failures {
  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
  private static final Pattern WSTX_LIMIT = Pattern.compile("\\((\\d+)\\)");

  private Failures() {}

  /**
   * The problem {@code failure} reports; the parser's exception is its cause.
   *
   * @param session the read's session, which knows whether the input stream itself failed; null when
   *     unknown, and then every I/O failure counts as the stream's
   * @throws UncheckedIOException when the input stream failed: that is no problem of the content
   */
  public static ReadProblem describe(ParserFailure failure, ReadSession.Format format, SourceLocation base,
      ReadSession session) {
    Throwable e = failure.getCause();
    Throwable io = ioCause(e);
    if (io != null && (session == null || session.isInputFailure(io))) {
      throw new UncheckedIOException(io instanceof IOException ? (IOException) io : new IOException(io));
    }
    XMLStreamException xml = xmlCause(e);
    SourceLocation at = located(base, failure.position().orElse(null), xml);
    String name = format == ReadSession.Format.XML ? "XML" : "JSON";
    String code;
    String message;
    if (encodingCause(e) != null || io != null) {
      code = Problem.MALFORMED.code(name);
      message = "the bytes are not valid text in the input's encoding; expected UTF-8 (or UTF-16/32 with a"
          + " byte-order mark" + (name.equals("XML") ? ", or the encoding the XML declaration names)" : ")");
    } else if (failure.kind() == ParserFailure.Kind.LIMIT) {
      code = Problem.LIMIT.code(name);
      message = constraint(failure.parserMessage());
    } else if (xml != null) {
      String m = String.valueOf(xml.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("entity") || m.contains("dtd") || m.contains("doctype")) {
        code = Problem.DOCTYPE.code(name);
        message = "a DOCTYPE declaration or entity reference is not allowed; expected plain XML with only the"
            + " five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references";
      } else if (m.contains("limit") || m.contains("exceed") || m.contains("maximum")) {
        code = Problem.LIMIT.code(name);
        Matcher n = WSTX_LIMIT.matcher(m);
        message = "the XML exceeds a configured limit (element depth, text length or element count"
            + (n.find() ? ", limit " + n.group(1) : "") + ")";
      } else if (m.contains("unexpected eof") || m.contains("end of input")) {
        code = Problem.MALFORMED.code(name);
        message = "the input ends before the XML is complete";
      } else {
        code = Problem.MALFORMED.code(name);
        message = "malformed XML: expected well-formed XML 1.0 here";
      }
    } else if (failure.kind() == ParserFailure.Kind.END_OF_INPUT) {
      code = Problem.MALFORMED.code(name);
      message = "the input ends before the " + name + " is complete";
    } else {
      code = Problem.MALFORMED.code(name);
      message = "malformed " + name + ": expected a well-formed " + name + " value here";
    }
    return ReadProblem.error(code, at, message);
  }

  private static String constraint(String jacksonMessage) {
    Matcher m = LIMIT.matcher(jacksonMessage);
    String limit = m.find() ? m.group(1) : "the configured maximum";
    String lower = jacksonMessage.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return "the input nests deeper than the limit of " + limit + " levels";
    }
    if (lower.contains("string value length")) {
      return "a text is longer than the limit of " + limit + " characters";
    }
    if (lower.contains("number value length")) {
      return "a number is longer than the limit of " + limit + " digits";
    }
    if (lower.contains("name length")) {
      return "a property name is longer than the limit of " + limit + " characters";
    }
    if (lower.contains("document length")) {
      return "the input is longer than the limit of " + limit + " characters";
    }
    if (lower.contains("token count")) {
      return "the input holds more than the limit of " + limit + " tokens";
    }
    return "the input exceeds a configured limit (" + limit + ")";
  }

  private static SourceLocation located(SourceLocation base, TokenPosition loc, XMLStreamException xml) {
    if (xml != null && xml.getLocation() != null && xml.getLocation().getLineNumber() > 0) {
      return at(base, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
    }
    if (loc != null && loc.line() > 0) {
      return at(base, loc.line(), loc.column());
    }
    return base;
  }

  private static SourceLocation at(SourceLocation base, int line, int column) {
    SourceLocation l = SourceLocation.at(base.source().orElse(null), line, column);
    return base.path().map(l::withPath).orElse(l);
  }

  private static XMLStreamException xmlCause(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof XMLStreamException) {
        return (XMLStreamException) t;
      }
    }
    return null;
  }

  /** An I/O failure of the underlying stream (not of its content) below the parser's exception, or null. */
  private static Throwable ioCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof XMLStreamException || isEncoding(t)) {
        return null;
      }
      if (t instanceof IOException) {
        return t;
      }
    }
    return null;
  }

  /** Bytes that are no text in the input's encoding: bad content, not a failing stream. */
  private static Throwable encodingCause(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (isEncoding(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean isEncoding(Throwable t) {
    return t instanceof java.io.CharConversionException || t instanceof java.nio.charset.CharacterCodingException;
  }
}
