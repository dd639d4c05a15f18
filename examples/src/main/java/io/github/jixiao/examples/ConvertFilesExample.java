package io.github.jixiao.examples;

// tag::formats-imports[]
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
// end::formats-imports[]
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Example: reads indicator sheets ({@code .csv}, {@code .tsv}: 指标表) and published-text documents
 * ({@code .txt}: 预算绩效目标文本) and converts each to JSON and XML, the lossless wire formats. Every reader
 * warning is printed with its place; a file that cannot be read is named on stderr with its place, and the
 * other files are still converted.
 *
 * <pre>{@code
 * java -cp … io.github.jixiao.examples.ConvertFilesExample target/converted samples/targets.csv samples/agriculture-2025.txt
 * }</pre>
 */
public final class ConvertFilesExample {
  private static final JsonCodec JSON = JsonCodec.builder().prettyPrint(true).build();
  private static final XmlCodec XML = XmlCodec.builder().prettyPrint(true).build();

  private ConvertFilesExample() {}

  /** {@code OUT_DIR FILE...}: writes {@code OUT_DIR/<name>.json} and {@code OUT_DIR/<name>.xml} per FILE. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (args.length < 2) {
      err.println("usage: ConvertFilesExample OUT_DIR FILE...   (FILE: .csv or .tsv sheet, .txt document)");
      return;
    }
    Path outDir = Files.createDirectories(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      Path file = Path.of(args[i]);
      try {
        convert(file, outDir, out);
      } catch (ReadException e) {
        err.println(e.problem());               // e.g. targets.csv row 9 column 指标值: … [JX-SHEET-020]
      } catch (IllegalArgumentException e) {
        err.println(file + ": " + e.getMessage());
      }
    }
  }

  private static void convert(Path file, Path outDir, PrintStream out) throws IOException {
    String name = file.getFileName().toString();
    String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    String extension = name.substring(base.length()).toLowerCase(Locale.ROOT);
    Path json = outDir.resolve(base + ".json");
    Path xml = outDir.resolve(base + ".xml");
    if (extension.equals(".csv") || extension.equals(".tsv")) {
      // tag::sheet[]
      ReadResult<List<ProjectTargetTable>> sheet = SheetReader.create().read(file);  // throws ReadException
      sheet.warnings().forEach(w -> out.println("  " + w));     // each names its row and column
      List<ProjectTargetTable> tables = sheet.value();
      try (TableSequenceWriter w = JSON.writeTables(Files.newOutputStream(json), JsonLayout.ARRAY)) {
        tables.forEach(w::write);                                  // one table in memory at a time
      }
      try (TableSequenceWriter w = XML.writeTables(Files.newOutputStream(xml))) {
        tables.forEach(w::write);
      }
      // end::sheet[]
      out.printf("%s: %d tables, %d warnings -> %s (%d bytes), %s (%d bytes)%n", name, tables.size(),
          sheet.warnings().size(), json.getFileName(), Files.size(json), xml.getFileName(), Files.size(xml));
    } else if (extension.equals(".txt")) {
      // tag::text[]
      ReadResult<PerformanceTargetDocument> text = TextDocumentReader.create().read(file);
      text.warnings().forEach(w -> out.println("  " + w));      // each names its line
      PerformanceTargetDocument document = text.value();        // Part 1 and every project table
      Files.writeString(json, JSON.write(document), StandardCharsets.UTF_8);
      Files.writeString(xml, XML.write(document), StandardCharsets.UTF_8);
      // end::text[]
      out.printf("%s: %d tables, %d warnings -> %s (%d bytes), %s (%d bytes)%n", name, document.tables().size(),
          text.warnings().size(), json.getFileName(), Files.size(json), xml.getFileName(), Files.size(xml));
    } else {
      throw new IllegalArgumentException("expected a .csv or .tsv indicator sheet or a .txt document");
    }
  }
}
