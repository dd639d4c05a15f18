package io.github.jixiao.office;

import io.github.jixiao.serialization.files.FormatReader;
import io.github.jixiao.serialization.files.TableInput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Word documents (Word 文档, {@code .docx} and {@code .doc}) at the front door: register it with
 * {@code TableFiles.builder().format(new WordFormat())} and a published document in Word reads as its text
 * does. A {@code .docx} is recognised by its content (a zip whose first parts name {@code word/}); a
 * {@code .doc} only by its extension, since an OLE2 compound file's first bytes do not say whether it holds a
 * document or a workbook.
 */
public final class WordFormat implements FormatReader {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] WORD_PART = "word/".getBytes(StandardCharsets.US_ASCII);

  private final DocumentReader reader;

  /** The format with a lenient {@link DocumentReader} with the default limits. */
  public WordFormat() {
    this(DocumentReader.create());
  }

  /** The format reading with {@code reader}: its limits and leniency. */
  public WordFormat(DocumentReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public String name() {
    return "word";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".docx") || fileName.endsWith(".doc");
  }

  @Override
  public boolean recognizes(byte[] head) {
    return startsWith(head, ZIP) && indexOf(head, WORD_PART) >= 0;
  }

  @Override
  public TableInput open(InputStream in, String source) {
    return TableInput.ofDocument(source, name(), reader.read(in, source), in);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && indexOf(Arrays.copyOf(bytes, prefix.length), prefix) == 0;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public String toString() {
    return "WordFormat[" + reader + "]";
  }
}
