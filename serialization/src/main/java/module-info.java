/**
 * The formats (格式) of a target table: JSON and XML through Jackson 3, indicator sheets (CSV/TSV) and
 * published text documents. Only the facades and the types they hand out are exported; the format walk,
 * the table sources and writers, the sheet and text parsers and the input decoding live in
 * {@code io.github.jixiao.serialization.internal} and its sub-packages.
 */
module io.github.jixiao.serialization {
  requires transitive io.github.jixiao.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.dataformat.xml;
  requires com.ctc.wstx;
  requires java.xml;

  exports io.github.jixiao.serialization;
  exports io.github.jixiao.serialization.files;
  exports io.github.jixiao.serialization.jackson;
  exports io.github.jixiao.serialization.json;
  exports io.github.jixiao.serialization.sheet;
  exports io.github.jixiao.serialization.text;
  exports io.github.jixiao.serialization.xml;
  // The token seam the format walk reads and writes through: for the Jackson 2 adapter only, not API.
  exports io.github.jixiao.serialization.spi to io.github.jixiao.jackson2;

  // Open, not only exported, so that the JSON Schema and the XSD beside the codecs can be read as resources
  // from other modules; these two packages hold nothing but the facades.
  opens io.github.jixiao.serialization.json;
  opens io.github.jixiao.serialization.xml;

  // Further formats (jixiao-office's workbooks) are found as services by the front door.
  uses io.github.jixiao.serialization.files.FormatReader;

  provides tools.jackson.databind.JacksonModule with io.github.jixiao.serialization.jackson.JixiaoModule;
}
