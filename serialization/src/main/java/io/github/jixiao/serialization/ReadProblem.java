package io.github.jixiao.serialization;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a reader could not take as it stood (读取问题): its numbered code, whether it stopped the read,
 * where it was, and one sentence saying what was expected. A lenient read returns the warnings beside its
 * result; an error ends the read with a {@link ReadException}.
 */
public final class ReadProblem {
  /**
   * Whether the problem stopped the read ({@code ERROR}), is something the read went past that may have lost or
   * misread a cell ({@code WARNING}), or is a note on how the input was read ({@code INFO}: the encoding it was
   * decoded from, a title row above the header, a two-row header), named so that nothing the reader decided is
   * silent. A strict read fails on a warning, never on an info.
   */
  public enum Severity { ERROR, WARNING, INFO }

  private final String code;
  private final Severity severity;
  private final SourceLocation location;
  private final String message;

  private ReadProblem(String code, Severity severity, SourceLocation location, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.location = Objects.requireNonNull(location, "location");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** A problem that stops the read. {@code code} is stable, e.g. {@code JX-JSON-003}. */
  public static ReadProblem error(String code, SourceLocation location, String message) {
    return new ReadProblem(code, Severity.ERROR, location, message);
  }

  /** A problem the read went past, reported beside its result. */
  public static ReadProblem warning(String code, SourceLocation location, String message) {
    return new ReadProblem(code, Severity.WARNING, location, message);
  }

  /** A note on how the input was read (its encoding, a layout the reader recognised); never fails a read. */
  public static ReadProblem info(String code, SourceLocation location, String message) {
    return new ReadProblem(code, Severity.INFO, location, message);
  }

  /** Whether a strict read fails on this problem: an error or a warning, not an info. */
  public boolean failsStrictRead() {
    return severity != Severity.INFO;
  }

  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  public SourceLocation location() {
    return location;
  }

  /** What was wrong and what was expected, without the location. */
  public String message() {
    return message;
  }

  /**
   * The message for people reading {@code locale}: for Chinese, the sentence the code stands for (the place is
   * given apart, by {@link #location()}); otherwise, or for a code without one, {@link #message()}.
   */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ChineseReadMessages.of(code).orElse(message) : message;
  }

  /** {@code budget.xml:14:27 tables[0].indicators[3].target: expected text, found an element <value> [JX-XML-004]}. */
  @Override
  public String toString() {
    return location + ": " + message + " [" + code + "]";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReadProblem)) {
      return false;
    }
    ReadProblem p = (ReadProblem) o;
    return code.equals(p.code) && severity == p.severity && location.equals(p.location)
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, location, message);
  }
}
