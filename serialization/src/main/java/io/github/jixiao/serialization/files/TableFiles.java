package io.github.jixiao.serialization.files;

import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.MonitoringSheetReader;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The front door for reading (读取入口): one entry point for a file of any supported format. The format comes
 * from the file name's extension ({@code .json .jsonl .xml .csv .tsv .txt}, and {@code .xlsx .xls} with
 * jixiao-office on the class path) or, when that says nothing, from the first bytes of the content; or the
 * caller names it. A workbook met without jixiao-office is refused with {@code JX-XLSX-009}, which names the
 * module to add. Self-evaluation and monitoring tables are told from target tables by their content (JSON
 * properties, the XML root, a sheet header naming 实际完成值 or 得分) and handed out by
 * {@link TableFile#selfEvaluationTables()} and {@link TableFile#monitoringTables()}. The input is read <em>once</em>, start to end:
 * only the first {@value #HEAD_BYTES} bytes are held back to recognise the format (and, for JSON, the first
 * value, to tell a document from tables), so standard input, a pipe or a FIFO is read exactly like a file.
 * The head is looked at in the encoding set on the builder or, unset, the one its bytes show (a byte-order mark,
 * UTF-8, else GB18030), so a sheet saved as GBK or a JSON file in UTF-16 is recognised by its content too.
 * Created once and shared: thread-safe.
 *
 * <pre>{@code
 * TableFiles files = TableFiles.create();
 * TableFile read = files.read(Path.of("budget.csv"));        // tables, warnings, source map
 * try (TableInput input = files.open(System.in, "-")) {       // one table at a time
 *   input.tables().forEachRemaining(validator::validate);
 * }
 * }</pre>
 */
public final class TableFiles {
  /** How many bytes of an input the formats are shown to recognise it. */
  public static final int HEAD_BYTES = 8192;

  private final List<FormatReader> formats;

  private TableFiles(List<FormatReader> formats) {
    this.formats = List.copyOf(formats);
  }

  /** A front door with the built-in formats and those provided as services, each reader with its defaults. */
  public static TableFiles create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The formats, in the order they are asked: registered ones first, then those provided as services, then
   * the built-in ones, published text last.
   */
  public List<FormatReader> formats() {
    return formats;
  }

  /** The format named {@code name} ({@code json}, {@code xml}, {@code sheet}, {@code text}, …). */
  public Optional<FormatReader> format(String name) {
    return formats.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
  }

  /** Reads the whole file, its format told by extension or content; reported under its file name. */
  public TableFile read(Path file) throws IOException {
    return open(file).readAll();
  }

  /** Reads the whole stream, its format told by {@code source}'s extension or the content; closes it. */
  public TableFile read(InputStream in, String source) {
    return open(in, source).readAll();
  }

  /** Opens the file, its format told by extension or content; reported under its file name. */
  public TableInput open(Path file) throws IOException {
    return open(file, Optional.empty());
  }

  /** Opens the file in the format named {@code format}. */
  public TableInput open(Path file, String format) throws IOException {
    return open(file, Optional.of(format));
  }

  private TableInput open(Path file, Optional<String> format) throws IOException {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    InputStream in = Files.newInputStream(file);
    try {
      return format.isPresent() ? open(in, source, format.get()) : open(in, source);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens a stream — standard input, a pipe, a socket — whose format is told by {@code source}'s extension or
   * its content; the returned input owns the stream.
   *
   * @param source the input's name for messages and for its extension; {@code -} for standard input
   */
  public TableInput open(InputStream in, String source) {
    InputStream buffered = buffered(in);
    return detect(source, Head.peek(buffered, HEAD_BYTES)).open(buffered, source);
  }

  /** Opens a stream in the format named {@code format}; the returned input owns the stream. */
  public TableInput open(InputStream in, String source, String format) {
    FormatReader reader = format(format).orElseThrow(() -> new IllegalArgumentException(
        "format: expected one of " + names() + ", found " + format));
    return reader.open(buffered(in), source);
  }

  /** The format that claims {@code source}'s extension, else the first that recognises the content. */
  FormatReader detect(String source, byte[] head) {
    String name = source == null ? "" : source.toLowerCase(Locale.ROOT);
    for (FormatReader f : formats) {
      if (f.claims(name)) {
        return f;
      }
    }
    for (FormatReader f : formats) {
      if (f.recognizes(head)) {
        return f;
      }
    }
    // Published text recognises anything, so this is reached only when a registered format replaced it.
    throw new IllegalStateException("no format recognises the input");
  }

  private static InputStream buffered(InputStream in) {
    Objects.requireNonNull(in, "in");
    return in.markSupported() ? in : new BufferedInputStream(new PipeSafe(in), HEAD_BYTES * 2);
  }

  private String names() {
    List<String> names = new ArrayList<>();
    formats.forEach(f -> names.add(f.name()));
    return String.join(", ", names);
  }

  /**
   * Builds a {@link TableFiles}: the readers of the built-in formats (each made on first use, with this builder's
   * limits, leniency and {@linkplain #encoding encoding}, when not given) and any further format. With an
   * encoding set, every input is in it; unset, each reader tells it from the bytes (see docs/formats.md).
   */
  public static final class Builder extends ReaderBuilder<Builder, TableFiles> {
    private final List<FormatReader> registered = new ArrayList<>();
    private JsonCodec json;
    private XmlCodec xml;
    private SheetReader sheet;
    private SelfEvaluationSheetReader selfEvaluationSheet;
    private MonitoringSheetReader monitoringSheet;
    private TextDocumentReader text;

    private Builder() {}

    /** The codec JSON inputs are read with, instead of one made with this builder's limits and leniency. */
    public Builder json(JsonCodec codec) {
      this.json = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /** The codec XML inputs are read with, instead of one made with this builder's limits and leniency. */
    public Builder xml(XmlCodec codec) {
      this.xml = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /** The reader indicator sheets are read with, instead of one made with this builder's limits and leniency. */
    public Builder sheet(SheetReader reader) {
      this.sheet = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * The reader self-evaluation sheets (a header naming 实际完成值, 得分, 全年执行数 …) are read with, instead of one
     * made with this builder's limits and leniency.
     */
    public Builder selfEvaluationSheet(SelfEvaluationSheetReader reader) {
      this.selfEvaluationSheet = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * The reader monitoring sheets (a header naming 监控期, 1-7月执行数, 全年预计完成情况 …) are read with, instead of
     * one made with this builder's limits and leniency.
     */
    public Builder monitoringSheet(MonitoringSheetReader reader) {
      this.monitoringSheet = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /** The reader published text is read with, instead of one made with this builder's limits and leniency. */
    public Builder text(TextDocumentReader reader) {
      this.text = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * A further format, asked before the provided and built-in ones (by extension, then by content); it reads
     * with the settings it was made with.
     */
    public Builder format(FormatReader format) {
      registered.add(Objects.requireNonNull(format, "format"));
      return this;
    }

    @Override
    public TableFiles build() {
      // Copied, so that the lazily made readers do not see this builder changed after build().
      ReadLimits l = limits();
      boolean len = isLenient();
      Charset enc = encoding().orElse(null);
      List<FormatReader> all = new ArrayList<>(registered);
      for (FormatReader provided : ServiceLoader.load(FormatReader.class, TableFiles.class.getClassLoader())) {
        all.add(provided.configured(l, len));
      }
      boolean workbooks = all.stream().anyMatch(f -> f.claims(WorkbookWithoutModule.PROBE));
      all.add(new JsonFormat(Lazy.of(given(json, () -> set(JsonCodec.builder().limits(l).lenient(len), enc).build())),
          enc));
      all.add(new XmlFormat(Lazy.of(given(xml, () -> set(XmlCodec.builder().limits(l).lenient(len), enc).build())),
          enc));
      all.add(new SheetFormat(Lazy.of(given(sheet,
          () -> set(SheetReader.builder().limits(l).lenient(len), enc).build())),
          Lazy.of(given(selfEvaluationSheet,
              () -> set(SelfEvaluationSheetReader.builder().limits(l).lenient(len), enc).build())),
          Lazy.of(given(monitoringSheet,
              () -> set(MonitoringSheetReader.builder().limits(l).lenient(len), enc).build())), enc));
      if (!workbooks) {
        all.add(new WorkbookWithoutModule());
      }
      all.add(new TextFormat(Lazy.of(given(text,
          () -> set(TextDocumentReader.builder().limits(l).lenient(len), enc).build()))));
      return new TableFiles(all);
    }

    @Override
    protected Builder self() {
      return this;
    }

    private static <B extends ReaderBuilder<B, ?>> B set(B builder, Charset encoding) {
      return encoding == null ? builder : builder.encoding(encoding);
    }

    private static <T> Supplier<T> given(T reader, Supplier<T> made) {
      return reader == null ? made : () -> reader;
    }
  }
}
