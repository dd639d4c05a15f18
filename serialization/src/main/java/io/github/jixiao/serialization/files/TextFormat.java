package io.github.jixiao.serialization.files;

import io.github.jixiao.serialization.text.TextDocumentReader;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The text of a published document (公开文本), and the format of last resort: whatever no other format
 * recognises is read as text, whose reader then says what is wrong (binary data, an empty file).
 */
final class TextFormat implements FormatReader {
  private final Supplier<TextDocumentReader> reader;

  TextFormat(Supplier<TextDocumentReader> reader) {
    this.reader = reader;
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".txt");
  }

  @Override
  public boolean recognizes(byte[] head) {
    return true;
  }

  @Override
  public TableInput open(InputStream in, String source) {
    return TableInput.ofDocument(source, name(), reader.get().read(in, source), in);
  }
}
