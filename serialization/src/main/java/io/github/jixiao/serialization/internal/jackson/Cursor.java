package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.spi.ParserFailure;
import io.github.jixiao.serialization.spi.PropertyNames;
import io.github.jixiao.serialization.spi.Token;
import io.github.jixiao.serialization.spi.TokenPosition;
import io.github.jixiao.serialization.spi.TokenReader;
import io.github.jixiao.serialization.jackson.FormatException;
import io.github.jixiao.serialization.jackson.ReadSession;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the tokens of one JSON or XML value for the hand-written readers, knowing where it is: the path
 * in the document ({@code indicators[5].target}) and the line and column. The same token walk reads both
 * formats, on either Jackson's parser; where they differ (a list is a JSON array but an XML element of
 * repeated items, every XML value is text, an empty XML element is an empty string) the cursor hides it.
 *
 * <p>Convention, as in Jackson: a read method starts on the value's first token and leaves the parser on
 * its last one. Failures are {@link ReadException}s; each Jackson's entry point wraps them in its own
 * databind exception.
 */
public final class Cursor {
  private final TokenReader p;
  private final ReadSession session;
  private final boolean xml;
  private final String format;
  private final boolean failOnUnknown;
  private final int maxListLength;
  /** The path below the session's prefix, for messages. */
  private final DocumentPath path = new DocumentPath();
  /** Open objects and lists, innermost last; their frames are kept and reused by depth. */
  private Frame[] frames = new Frame[16];
  private int frameDepth;
  /**
   * Where the current property's name starts, when it is needed: for an unknown or repeated property, and in
   * XML for every element, whose text the parser places at its end tag.
   */
  private TokenPosition nameLocation;
  /** The number of the current property among its object's known names, or negative when it is unknown. */
  private int fieldNumber;

  /** How many unknown property names of an object are checked for duplicates by comparing them in turn. */
  private static final int FEW = 24;

  /** One open object or list. */
  private static final class Frame {
    String itemName;
    PropertyNames known;
    /** The known names seen, a bit each. */
    long knownSeen;
    /** The unknown names seen (lenient mode), compared in turn. */
    private String[] unknownSeen;
    private int unknownCount;
    /** The unknown names beyond the first few, when an object has many. */
    private Set<String> moreSeen;
    boolean empty;
    boolean entered;
    int index;

    void reset(String itemName, PropertyNames known) {
      this.itemName = itemName;
      this.known = known;
      knownSeen = 0;
      unknownCount = 0;
      moreSeen = null;
      empty = false;
      entered = false;
      index = -1;
    }

    /** Adds an unknown property name; false when the object already had it. */
    boolean seeUnknown(String name) {
      for (int i = 0; i < unknownCount; i++) {
        if (unknownSeen[i].equals(name)) {
          return false;
        }
      }
      if (moreSeen != null && moreSeen.contains(name)) {
        return false;
      }
      if (unknownCount < FEW) {
        if (unknownSeen == null) {
          unknownSeen = new String[FEW];
        }
        unknownSeen[unknownCount++] = name;
        return true;
      }
      if (moreSeen == null) {
        moreSeen = new HashSet<>();
      }
      return moreSeen.add(name);
    }
  }

  public Cursor(TokenReader p, ReadSession session, boolean failOnUnknown, int maxListLength) {
    this.p = p;
    this.session = session;
    this.xml = p.isXml();
    this.format = xml ? "XML" : "JSON";
    this.failOnUnknown = failOnUnknown;
    this.maxListLength = maxListLength;
  }

  boolean isXml() {
    return xml;
  }

  Token token() {
    return p.current();
  }

  // ---- objects

  /**
   * Opens the object at the current token, whose properties are {@code known}; an empty XML element is an
   * empty object.
   */
  void beginObject(String what, PropertyNames known) {
    Token t = token();
    boolean empty = false;
    if (xml && t == Token.STRING && text().isBlank()) {
      empty = true;
    } else if (t != Token.START_OBJECT) {
      throw wrongType(what + " (an object)");
    }
    pushFrame(null, known).empty = empty;
  }

  private Frame pushFrame(String itemName, PropertyNames known) {
    if (frameDepth == frames.length) {
      frames = Arrays.copyOf(frames, frameDepth * 2);
    }
    Frame f = frames[frameDepth];
    if (f == null) {
      f = new Frame();
      frames[frameDepth] = f;
    }
    frameDepth++;
    f.reset(itemName, known);
    return f;
  }

  private Frame frame() {
    return frames[frameDepth - 1];
  }

  private void popFrame() {
    frameDepth--;
  }

  /** Moves to the next property of the open object, onto its value; false at the object's end. */
  boolean nextField() {
    Frame f = frame();
    if (f.entered) {
      pop();
    }
    if (f.empty) {
      popFrame();
      return false;
    }
    int index = nextNameMatch(f.known);
    if (index == TokenReader.END_OF_OBJECT) {
      popFrame();
      return false;
    }
    fieldNumber = index;
    String name = index >= 0 ? f.known.name(index) : p.currentName();
    // Taking a location allocates; in JSON only a property that turns out unknown or repeated needs one.
    nameLocation = xml || index < 0 ? p.position() : null;
    path.pushName(name);
    f.entered = true;
    boolean first;
    if (index >= 0) {
      long bit = 1L << index;
      first = (f.knownSeen & bit) == 0;
      f.knownSeen |= bit;
    } else {
      first = f.seeUnknown(name);
    }
    if (!first) {
      throw failure(Problem.DUPLICATE, p.position(), "\"" + name + "\" appears twice in one object;"
          + " expected it at most once");
    }
    advance();
    return true;
  }

  /**
   * Moves onto the next property name and numbers it among {@code known}: its number,
   * {@link TokenReader#UNKNOWN_NAME}, or {@link TokenReader#END_OF_OBJECT}.
   */
  private int nextNameMatch(PropertyNames known) {
    int index;
    try {
      index = p.nextName(known);
    } catch (ParserFailure e) {
      throw translate(e);
    }
    if (index != TokenReader.NOT_A_NAME) {
      return index;
    }
    // Neither a name nor the object's end: the input ended, or the parser stands where no name can be.
    if (p.current() == null) {
      throw error(Problem.MALFORMED, "the input ends before the " + format + " is complete");
    }
    throw error(Problem.MALFORMED, "expected a property name or the end of the object, found " + found());
  }

  /** The name of the property the cursor is on. */
  String field() {
    return path.lastName();
  }

  /**
   * The number of the property the cursor is on among the names its object was opened with, or negative when
   * it is not one of them: a walk switches on it, so that each name is spelt once, in its list.
   */
  int fieldNumber() {
    return fieldNumber;
  }

  /** The current property is not part of the format: an error, or a warning and skipped when lenient. */
  void unknownField() {
    String name = field();
    String shown = xml ? (name.isEmpty() ? "text content" : "element <" + name + ">") : "property \"" + name + "\"";
    String message = "unknown " + shown + "; the format (version 1) does not define it here";
    if (failOnUnknown) {
      throw failure(Problem.UNKNOWN_PROPERTY, nameLocation, message);
    }
    if (session != null) {
      session.warn(ReadProblem.warning(Problem.UNKNOWN_PROPERTY.code(format), location(nameLocation),
          message + " (skipped)"));
    }
    skip();
  }

  // ---- lists

  /**
   * Opens the list at the current token: a JSON array, or in XML an element holding one {@code itemName}
   * element per item (an empty element is an empty list).
   */
  void beginList(String what, String itemName) {
    Token t = token();
    boolean empty = false;
    if (xml) {
      if (t == Token.STRING && text().isBlank()) {
        empty = true;
      } else if (t != Token.START_OBJECT) {
        throw wrongType(what + " (an element holding <" + itemName + "> elements)");
      }
    } else if (t != Token.START_ARRAY) {
      throw wrongType(what + " (an array)");
    }
    pushFrame(itemName, null).empty = empty;
  }

  /** Moves onto the next item of the open list; false at the list's end. */
  boolean nextItem() {
    Frame f = frame();
    if (f.entered) {
      pop();
      f.entered = false;
    }
    if (f.empty) {
      popFrame();
      return false;
    }
    while (true) {
      Token t = advance();
      if (t == Token.END_ARRAY || t == Token.END_OBJECT) {
        popFrame();
        return false;
      }
      if (xml) {
        String name = p.currentName();
        nameLocation = p.position();
        advance();
        if (!name.equals(f.itemName)) {
          path.pushName(name);
          unknownInList(f.itemName, name);
          pop();
          continue;
        }
      }
      f.index++;
      path.pushIndex(f.index);
      f.entered = true;
      if (f.index >= maxListLength) {
        throw error(Problem.LIMIT, "the list holds more than the limit of " + maxListLength + " items");
      }
      return true;
    }
  }

  private void unknownInList(String itemName, String name) {
    String message = "unexpected " + (name.isEmpty() ? "text content" : "element <" + name + ">")
        + "; expected only <" + itemName + "> elements here";
    if (failOnUnknown) {
      throw failure(Problem.UNKNOWN_PROPERTY, nameLocation, message);
    }
    if (session != null) {
      session.warn(ReadProblem.warning(Problem.UNKNOWN_PROPERTY.code(format), location(nameLocation),
          message + " (skipped)"));
    }
    skip();
  }

  // ---- scalars

  /** Whether the current value is JSON null (XML has none), which optional properties read as absent. */
  boolean isNull() {
    return token() == Token.NULL;
  }

  /** Text; in JSON only a string. */
  String string(String what) {
    if (token() != Token.STRING) {
      throw wrongType(what + " (text)");
    }
    return checkedText();
  }

  /** Text, or empty for JSON null. */
  Optional<String> optionalString(String what) {
    return isNull() ? Optional.empty() : Optional.of(string(what));
  }

  /** A decimal: a JSON string or number, or XML text, in plain or exponent notation, scale kept. */
  BigDecimal decimal(String what) {
    Token t = token();
    boolean number = !xml && (t == Token.NUMBER_INT || t == Token.NUMBER_FLOAT);
    if (!number && t != Token.STRING) {
      throw wrongType(what + " (a decimal such as \"5.60\")");
    }
    // A number token goes through the same bounds as text: 1e999999 is nobody's amount, whichever way written.
    String s = number ? text() : checkedText();
    BigDecimal d = DecimalText.parse(s);
    if (d == null) {
      throw invalid("expected " + what + " as a decimal such as \"5.60\", found \"" + excerpt(s) + "\"");
    }
    return d;
  }

  /**
   * A cell that should hold a decimal but may hold what was written instead ({@code 10000万元}): the
   * decimal, or, in lenient mode, text that is no decimal as written, with a warning; strict mode refuses it
   * as {@link #decimal} does. A result is a {@link BigDecimal} or a {@link String}.
   */
  Object decimalOrText(String what) {
    if (failOnUnknown || token() != Token.STRING) {
      return decimal(what);
    }
    String s = checkedText();
    BigDecimal d = DecimalText.parse(s);
    if (d != null) {
      return d;
    }
    if (session != null) {
      session.warn(ReadProblem.warning(Problem.INVALID_VALUE.code(format), location(), "expected " + what
          + " as a decimal such as \"5.60\", found \"" + excerpt(s) + "\"; kept as written"));
    }
    return s;
  }

  /** A whole number: a JSON number, or digits as text. */
  int integer(String what) {
    Token t = token();
    if (!xml && t == Token.NUMBER_INT) {
      try {
        return p.intValue();
      } catch (ArithmeticException e) {
        throw invalid("expected " + what + " (a whole number), found a number out of range");
      } catch (ParserFailure e) {
        throw translate(e);
      }
    }
    if (t == Token.STRING) {
      String s = checkedText().strip();
      int from = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
      if (AsciiDigits.value(s, from, s.length() - from) >= 0) {   // one to nine digits: an int
        return Integer.parseInt(s);
      }
      throw invalid("expected " + what + " (a whole number), found \"" + excerpt(s) + "\"");
    }
    throw wrongType(what + " (a whole number)");
  }


  /** A JSON boolean, or XML text {@code true}/{@code false}. */
  boolean bool(String what) {
    Token t = token();
    if (!xml && (t == Token.TRUE || t == Token.FALSE)) {
      return t == Token.TRUE;
    }
    if (xml && t == Token.STRING) {
      String s = checkedText().strip();
      if (s.equals("true") || s.equals("false")) {
        return s.equals("true");
      }
      throw invalid("expected " + what + " as true or false, found \"" + excerpt(s) + "\"");
    }
    throw wrongType(what + " (true or false)");
  }

  /** Skips the current value and everything in it. */
  void skip() {
    try {
      p.skipChildren();
    } catch (ParserFailure e) {
      throw translate(e);
    }
  }

  // ---- failures

  /**
   * A failure at the current token. An XML parser places text at its end, so a problem with an element's
   * text is placed at the element's start tag instead.
   */
  ReadException error(Problem kind, String message) {
    boolean text = xml && token() == Token.STRING && nameLocation != null;
    return failure(kind, text ? nameLocation : p.position(), message);
  }

  private ReadException failure(Problem kind, TokenPosition at, String message) {
    return new ReadException(ReadProblem.error(kind.code(format), location(at), message));
  }

  ReadException invalid(String message) {
    return error(Problem.INVALID_VALUE, message);
  }

  /** A problem the read goes past in lenient mode and stops at in strict mode. */
  void disagreement(String message) {
    if (failOnUnknown) {
      throw error(Problem.DISAGREEMENT, message);
    }
    if (session != null) {
      session.warn(ReadProblem.warning(Problem.DISAGREEMENT.code(format), location(), message));
    }
  }

  ReadException missing(String property, String what) {
    return error(Problem.MISSING, "missing " + (xml ? "element <" + property + ">" : "property \"" + property + "\"")
        + ": expected " + what);
  }

  private ReadException wrongType(String expected) {
    return error(Problem.WRONG_TYPE, "expected " + expected + ", found " + found());
  }

  private String found() {
    Token t = token();
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> xml ? "an element with child elements" : "an object";
      case START_ARRAY -> "an array";
      case STRING -> xml ? "text \"" + excerpt(safeText()) + "\"" : "a string";
      case NUMBER_INT, NUMBER_FLOAT -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      default -> "something else";
    };
  }

  SourceLocation location() {
    return location(p.position());
  }

  private SourceLocation location(TokenPosition at) {
    SourceLocation l = SourceLocation.at(session == null ? null : session.source().orElse(null),
        at.line(), at.column());
    String where = pathString();
    return where.isEmpty() ? l : l.withPath(where);
  }

  String pathString() {
    return path.toString(session == null ? "" : session.pathPrefix(), "");
  }


  private ReadException translate(ParserFailure e) {
    ReadSession.Format f = xml ? ReadSession.Format.XML : ReadSession.Format.JSON;
    SourceLocation base = SourceLocation.at(session == null ? null : session.source().orElse(null), 0, 0);
    String where = pathString();
    ReadProblem problem = Failures.describe(e, f, where.isEmpty() ? base : base.withPath(where), session);
    return new ReadException(problem, e.getCause());
  }

  // ---- tokens

  private Token advance() {
    try {
      Token t = p.next();
      if (t == null) {
        throw error(Problem.MALFORMED, "the input ends before the " + format + " is complete");
      }
      return t;
    } catch (ParserFailure e) {
      throw translate(e);
    }
  }

  private String text() {
    try {
      return p.text();
    } catch (ParserFailure e) {
      throw translate(e);
    }
  }

  private String safeText() {
    try {
      return p.text();
    } catch (ParserFailure e) {
      return "";
    }
  }

  /** The current text, refused if it holds a lone surrogate: that is no Unicode text and cannot be written. */
  private String checkedText() {
    String s = text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < Character.MIN_SURROGATE) {
        continue;   // nearly every character, Chinese included
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw invalid(String.format("the text holds an unpaired surrogate \\u%04X, which is no Unicode"
            + " character; expected valid Unicode text", (int) c));
      }
    }
    return s;
  }

  private void pop() {
    path.pop();
  }

  static String excerpt(String s) {
    String t = s.replace('\n', ' ').replace('\r', ' ');
    return t.length() <= 40 ? t : t.substring(0, 40) + "…";
  }
}
