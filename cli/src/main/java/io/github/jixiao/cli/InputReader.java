package io.github.jixiao.cli;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads one input file of any format into its tables (读取输入). Every way a file can fail — missing, a
 * directory, unreadable, binary, empty, malformed — becomes an {@link Unreadable} with one line that names the
 * file and the place; nothing else escapes.
 */
final class InputReader {
  private static final int HEAD = 8192;
  /**
   * The Java runtime decodes a file name's bytes as UTF-8 and turns bytes that are not UTF-8 into U+FFFD; such
   * a name cannot be turned back into the file's own, so the file exists but cannot be opened by it.
   */
  private static final String NOT_UTF8_NAME = ": the file name is not UTF-8 (the bytes shown as \uFFFD are in"
      + " another encoding, such as GBK), so it cannot be opened by this name; rename the file with a UTF-8 name";

  // Created on first use: a run over sheets never pays for starting Jackson, one over JSON never for XML.
  private JsonCodec json;
  private XmlCodec xml;
  private SheetReader sheet;
  private TextDocumentReader text;

  private JsonCodec json() {
    if (json == null) {
      json = JsonCodec.create();
    }
    return json;
  }

  private XmlCodec xml() {
    if (xml == null) {
      xml = XmlCodec.create();
    }
    return xml;
  }

  /**
   * Reads the file {@code name} (the argument as the user typed it, which messages name), in
   * {@code format} or, for {@code AUTO}, the format its extension or content shows.
   */
  ReadTables read(String name, InputFormat format) throws Unreadable {
    Path file;
    try {
      file = Path.of(name);
    } catch (InvalidPathException e) {
      throw new Unreadable(name + ": not a valid file name [JX-CLI-001]", name + "：不是有效的文件名 [JX-CLI-001]");
    }
    if (Files.isDirectory(file)) {
      throw new Unreadable(name + ": is a directory; expected a file of tables [JX-CLI-002]",
          name + "：是目录；应为表格文件 [JX-CLI-002]");
    }
    try {
      InputFormat actual = format == InputFormat.AUTO ? detect(file, name) : format;
      return readAs(file, name, actual);
    } catch (ReadException e) {
      throw Unreadable.of(e.problem());
    } catch (NoSuchFileException e) {
      boolean notUtf8 = name.indexOf('\uFFFD') >= 0;
      throw new Unreadable(name + (notUtf8 ? NOT_UTF8_NAME : ": no such file") + " [JX-CLI-001]",
          name + (notUtf8 ? "：文件名不是 UTF-8 编码，无法按此名称打开；请改用 UTF-8 文件名" : "：文件不存在") + " [JX-CLI-001]");
    } catch (AccessDeniedException e) {
      throw new Unreadable(name + ": permission denied; the file cannot be read [JX-CLI-003]",
          name + "：没有读取权限 [JX-CLI-003]");
    } catch (IOException | UncheckedIOException e) {
      throw new Unreadable(name + ": the file cannot be read (" + describe(e) + ") [JX-CLI-003]",
          name + "：文件无法读取（" + describe(e) + "） [JX-CLI-003]");
    } catch (StackOverflowError e) {
      throw new Unreadable(name + ": the input nests too deeply to be read [JX-CLI-004]",
          name + "：嵌套层数过多，无法读取 [JX-CLI-004]");
    } catch (RuntimeException e) {
      // A reader's defect must not cost the other files their report: this file is named, the run goes on.
      throw new Unreadable(name + ": could not be read (internal error " + e.getClass().getSimpleName()
          + "; please report it with the file) [JX-CLI-009]",
          name + "：读取时发生内部错误（" + e.getClass().getSimpleName() + "），请连同此文件一并报告 [JX-CLI-009]");
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private static InputFormat detect(Path file, String name) throws IOException {
    return InputFormat.ofExtension(name).isPresent() ? InputFormat.ofExtension(name).get()
        : InputFormat.ofContent(head(file));
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD);
    }
  }

  private ReadTables readAs(Path file, String name, InputFormat format) throws IOException {
    switch (format) {
      case JSON:
        return readJson(file, name);
      case XML:
        return readXml(file, name);
      case SHEET:
        try (InputStream in = open(file)) {
          ReadResult<List<ProjectTargetTable>> r = (sheet == null ? sheet = SheetReader.create() : sheet).read(in, name);
          return ReadTables.ofTables(name, format, r.value(), r.warnings(), r.sourceMap());
        }
      default:
        try (InputStream in = open(file)) {
          ReadResult<PerformanceTargetDocument> r = (text == null ? text = TextDocumentReader.create() : text).read(in, name);
          return ReadTables.ofDocument(name, InputFormat.TEXT, r.value(), r.warnings(), r.sourceMap());
        }
    }
  }

  private static InputStream open(Path file) throws IOException {
    return new BufferedInputStream(Files.newInputStream(file));
  }

  /** A JSON file holds a document, an array of tables, or one or more tables (JSON Lines). */
  private ReadTables readJson(Path file, String name) throws IOException {
    JsonShape shape = jsonShape(file);
    if (shape == JsonShape.EMPTY) {
      try (InputStream in = open(file)) {
        json().readTable(in, name); // reports the empty input, naming the file
      }
    }
    if (shape == JsonShape.DOCUMENT) {
      try (InputStream in = open(file)) {
        ReadResult<PerformanceTargetDocument> r = json().readDocument(in, name);
        return ReadTables.ofDocument(name, InputFormat.JSON, r.value(), r.warnings(), r.sourceMap());
      }
    }
    JsonLayout layout = shape == JsonShape.ARRAY ? JsonLayout.ARRAY : JsonLayout.LINES;
    try (TableSequence tables = json().readTables(open(file), name, layout)) {
      List<ProjectTargetTable> all = new ArrayList<>();
      tables.forEachRemaining(all::add);
      return ReadTables.ofTables(name, InputFormat.JSON, all, tables.warnings(), Optional.empty());
    }
  }

  private enum JsonShape { EMPTY, DOCUMENT, ARRAY, TABLES }

  /**
   * Looks at the top level only: an array, or an object with {@code tables} or {@code overview} (a
   * document). Malformed JSON is left to the codec, which names the place.
   */
  private JsonShape jsonShape(Path file) throws IOException {
    try (InputStream in = open(file); JsonParser p = json().factory().createParser(ObjectReadContext.empty(), in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return JsonShape.EMPTY;
      }
      if (t == JsonToken.START_ARRAY) {
        return JsonShape.ARRAY;
      }
      if (t != JsonToken.START_OBJECT) {
        return JsonShape.TABLES;
      }
      for (t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String property = p.currentName();
        if ("tables".equals(property) || "overview".equals(property)) {
          return JsonShape.DOCUMENT;
        }
        p.nextToken();
        p.skipChildren();
      }
      return JsonShape.TABLES;
    } catch (JacksonException e) {
      return JsonShape.TABLES;
    }
  }

  /** An XML file's root is {@code <document>}, {@code <tables>} or {@code <table>}. */
  private ReadTables readXml(Path file, String name) throws IOException {
    String root = xmlRoot(head(file));
    if ("document".equals(root)) {
      try (InputStream in = open(file)) {
        ReadResult<PerformanceTargetDocument> r = xml().readDocument(in, name);
        return ReadTables.ofDocument(name, InputFormat.XML, r.value(), r.warnings(), r.sourceMap());
      }
    }
    if ("table".equals(root)) {
      try (InputStream in = open(file)) {
        ReadResult<ProjectTargetTable> r = xml().readTable(in, name);
        return ReadTables.ofTables(name, InputFormat.XML, List.of(r.value()), r.warnings(), r.sourceMap());
      }
    }
    try (TableSequence tables = xml().readTables(open(file), name)) {
      List<ProjectTargetTable> all = new ArrayList<>();
      tables.forEachRemaining(all::add);
      return ReadTables.ofTables(name, InputFormat.XML, all, tables.warnings(), Optional.empty());
    }
  }

  /** The first element's name, past the XML declaration, comments and processing instructions. */
  static String xmlRoot(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    int i = s.indexOf('<');
    while (i >= 0 && i + 1 < s.length()) {
      char next = s.charAt(i + 1);
      if (Character.isLetter(next)) {
        int end = i + 1;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>'
            && s.charAt(end) != '/') {
          end++;
        }
        String qname = s.substring(i + 1, end);
        return qname.substring(qname.indexOf(':') + 1).toLowerCase(Locale.ROOT);
      }
      i = s.indexOf('<', i + 1);
    }
    return "";
  }
}
