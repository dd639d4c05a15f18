package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.internal.DecodingReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which encoding an XML input is read in (XML 输入编码). The parser decodes UTF-8 and UTF-16 itself, strictly;
 * any other encoding it would decode through a lenient {@link java.io.InputStreamReader}, turning a byte that is
 * not in it into U+FFFD without a word. So an input whose declaration names another encoding
 * ({@code <?xml version="1.0" encoding="GBK"?>}), or any input when the codec's encoding is set, is decoded
 * here, strictly, and the parser gets the characters (and then ignores the declaration's encoding). Characters
 * the codec encoded itself (from a {@code String} or a {@code Reader}) are UTF-8 whatever the declaration says.
 */
final class XmlInputEncoding {
  /** What the parser decodes strictly itself, or (Latin-1) what has no byte that is not in it. */
  private static final Set<String> PARSER_DECODES = Set.of("UTF-8", "UTF8", "UTF-16", "UTF-16LE", "UTF-16BE",
      "US-ASCII", "ASCII", "ISO-8859-1", "LATIN1");
  private static final Pattern DECLARED = Pattern.compile(
      "\\A<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"'][^>]*\\?>");
  private static final int DECLARATION_BYTES = 512;

  private XmlInputEncoding() {}

  /**
   * A stream reader over {@code in}, which must support marks when {@code set} is null and {@code chars} false.
   * When the codec decodes the input itself, {@code note} is told in which encoding and why.
   *
   * @param chars whether the bytes are characters the codec encoded as UTF-8
   * @param set the codec's encoding; null to go by the declaration
   */
  static XMLStreamReader create(XMLInputFactory f, InputStream in, boolean chars, Charset set, String source,
      Consumer<ReadProblem> note) throws XMLStreamException, IOException {
    if (chars) {
      return f.createXMLStreamReader(in, StandardCharsets.UTF_8.name());
    }
    Charset charset = set != null ? set : declared(in);
    if (charset == null) {
      return f.createXMLStreamReader(in);
    }
    String why = set != null ? "the encoding the codec was set to" : "the encoding its XML declaration names";
    if (!charset.equals(StandardCharsets.UTF_8)) {
      note.accept(ReadProblem.info(XmlProblems.DECODED, SourceLocation.at(source, 1, 0), "decoded as "
          + charset.name() + ", " + why));
    }
    return f.createXMLStreamReader(DecodingReader.of(in, charset, source, XmlProblems.MALFORMED, why));
  }

  /** The encoding the declaration names when this class is to decode it; null otherwise. */
  private static Charset declared(InputStream in) throws IOException {
    in.mark(DECLARATION_BYTES);
    byte[] head = in.readNBytes(DECLARATION_BYTES);
    in.reset();
    Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!m.find() || PARSER_DECODES.contains(m.group(1).toUpperCase(Locale.ROOT))) {
      return null;
    }
    try {
      // An encoding Java does not know is left to the parser, which refuses it by name.
      return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}
