package io.github.jixiao.serialization.files;

import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.internal.InputEncoding;
import io.github.jixiao.serialization.text.MonitoringTextReader;
import io.github.jixiao.serialization.text.SelfEvaluationTextReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.function.Supplier;

/**
 * The text of a published document (公开文本), and the format of last resort: whatever no other format
 * recognises is read as text, whose reader then says what is wrong (binary data, an empty file). A text holding
 * self-evaluation tables ({@link SelfEvaluationTextReader#recognizes(String)}: a title naming 自评表, a grid naming
 * 实际完成值 or 得分) is read by {@link SelfEvaluationTextReader}, one holding monitoring tables
 * ({@link MonitoringTextReader#recognizes(String)}: a title naming 运行监控表, a grid naming 预计完成… or 纠偏措施) by
 * {@link MonitoringTextReader}, each with the text reader's settings.
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

  /**
   * Looks at the whole text (the readers read it whole anyway, within {@code maxDocumentLength}) before handing
   * it, bytes unchanged, to the reader of its kind; an input over the limit goes to the text reader, which
   * refuses it.
   */
  @Override
  public TableInput open(InputStream in, String source) {
    TextDocumentReader text = reader.get();
    TextDocumentReader.Builder settings = text.toBuilder();
    ReadLimits limits = settings.limits();
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentLength() + 1));
    } catch (IOException e) {
      // The text reader reads the stream again and reports it as unreadable.
      return TableInput.ofDocument(source, name(), text.read(in, source), in);
    }
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(bytes), in);
    String decoded = bytes.length <= limits.maxDocumentLength()
        ? new String(bytes, InputEncoding.ofHead(bytes, settings.encoding().orElse(null))) : null;
    // A monitoring grid's 1-7月实际完成值 would pass for a self-evaluation's 实际完成值: monitoring is asked first.
    if (decoded != null && MonitoringTextReader.recognizes(decoded)) {
      MonitoringTextReader.Builder b = MonitoringTextReader.builder().limits(limits).lenient(settings.isLenient());
      settings.encoding().ifPresent(b::encoding);
      return TableInput.ofMonitoringTables(source, name(), b.build().read(whole, source), in);
    }
    if (decoded != null && SelfEvaluationTextReader.recognizes(decoded)) {
      SelfEvaluationTextReader.Builder b = SelfEvaluationTextReader.builder().limits(limits)
          .lenient(settings.isLenient());
      settings.encoding().ifPresent(b::encoding);
      return TableInput.ofSelfEvaluationTables(source, name(), b.build().read(whole, source), in);
    }
    return TableInput.ofDocument(source, name(), text.read(whole, source), in);
  }
}
