package io.github.jixiao.cli;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.office.DocumentWriter;
import io.github.jixiao.office.WorkbookLayout;
import io.github.jixiao.office.WorkbookWriter;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.TableCodec;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableInput;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.sheet.MonitoringSheetWriter;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetWriter;
import io.github.jixiao.serialization.sheet.SheetWriter;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao convert} (转换): reads one file of any format and writes it as JSON, XML, an indicator sheet, an
 * Excel workbook or a Word document. A document (a published text, a Word, JSON or XML document) stays a
 * document in JSON, XML and Word; a sheet or a workbook holds only its tables, and the command says so on
 * standard error. Tables alone become a Word document of project tables only.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts FILE (JSON, XML, sheet, workbook, Word document or published text) to JSON, XML, an"
        + " indicator sheet (CSV; TSV when OUT ends in .tsv), an Excel workbook (.xlsx) or a Word document (.docx),"
        + " on standard output or into OUT (a workbook or Word document into OUT only).")
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private EncodingOption encoding;

  @Option(names = "--to", required = true, paramLabel = "json|xml|sheet|xlsx|docx", description = "Output format.")
  private Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
  private Path output;

  @Option(names = "--format", paramLabel = "auto|json|xml|sheet|xlsx|word|text", defaultValue = "auto",
      description = "Input format; auto tells it from the extension or the content.")
  private InputFormat format;

  @Option(names = "--layout", paramLabel = "row|form", defaultValue = "row",
      description = "Layout of an xlsx workbook: row (one row per indicator, default) or form (the published"
          + " template, a table after another).")
  private WorkbookLayout layout;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The file to convert; - is standard input.")
  private String file;

  enum Target {
    JSON, XML, SHEET, XLSX, DOCX;

    boolean isBinary() {
      return this == XLSX || this == DOCX;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (to.isBinary() && output == null) {
      String what = to == Target.XLSX ? "a workbook" : "a Word document";
      err.println(what + " is binary and is not written to standard output: name the ." + to.name()
          .toLowerCase(Locale.ROOT) + " file with -o OUT [JX-CLI-012]");
      return Jixiao.UNREADABLE;
    }
    TableFile read;
    try {
      read = read();
    } catch (Unreadable e) {
      err.println(TerminalText.escape(e.getMessage()));
      return Jixiao.UNREADABLE;
    }
    for (ReadProblem w : read.warnings()) {
      // A note on how the input was decoded (a byte-order mark, the encoding set) tells nothing to act on.
      if (w.severity() != ReadProblem.Severity.INFO) {
        err.println(TerminalText.escape(w.toString()));
      }
    }
    byte[] bytes;
    try {
      bytes = write(read, err);
    } catch (FollowUpNotWritten e) {
      err.println(TerminalText.escape(file + ": cannot be converted: " + e.getMessage() + " [JX-CLI-013]"));
      return Jixiao.UNREADABLE;
    } catch (WriteException e) {
      err.println(TerminalText.escape(file + ": cannot be written as " + to.name() + ": " + e.getMessage()
          + " [JX-CLI-006]"));
      return Jixiao.UNREADABLE;
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(bytes, StandardCharsets.UTF_8));
      out.flush();
    } else {
      try {
        Files.write(output, bytes);
      } catch (IOException e) {
        err.println(TerminalText.escape(output + ": cannot be written: " + OutputFailure.reason(output, e)
            + " [JX-CLI-005]"));
        return Jixiao.UNREADABLE;
      }
    }
    return Jixiao.OK;
  }

  /** The whole input: a conversion writes a document as one, so it cannot stream. */
  private TableFile read() throws Unreadable {
    try (TableInput input = encoding.reader(System.in).open(file, format)) {
      return input.readAll();
    } catch (RuntimeException | StackOverflowError e) {
      throw InputReader.unreadable(file, e);
    }
  }

  private byte[] write(TableFile read, PrintWriter err) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!read.selfEvaluationTables().isEmpty() || !read.monitoringTables().isEmpty()) {
      writeFollowUp(read, bytes);
    } else {
      writeTargets(read, bytes, err);
    }
    if (to.isBinary()) {
      return bytes.toByteArray();
    }
    if (bytes.size() > 0 && bytes.toByteArray()[bytes.size() - 1] != '\n') {
      bytes.write('\n');
    }
    return bytes.toByteArray();
  }

  private void writeTargets(TableFile read, ByteArrayOutputStream bytes, PrintWriter err) throws IOException {
    switch (to) {
      case JSON: {
        JsonCodec json = JsonCodec.builder().prettyPrint(true).build();
        if (read.document().isPresent()) {
          json.write(read.document().get(), bytes);
        } else {
          writeAll(json.writeTables(bytes, JsonLayout.ARRAY), read.tables());
        }
        break;
      }
      case XML: {
        XmlCodec xml = XmlCodec.builder().prettyPrint(true).build();
        if (read.document().isPresent()) {
          xml.write(read.document().get(), bytes);
        } else {
          writeAll(xml.writeTables(bytes), read.tables());
        }
        break;
      }
      case XLSX: {
        partOneLeftOut(read, "a workbook", err);
        WorkbookWriter.builder().layout(layout).build().write(read.tables(), bytes);
        break;
      }
      case DOCX: {
        DocumentWriter.create().write(read.document()
            .orElseGet(() -> PerformanceTargetDocument.builder().addAllTables(read.tables()).build()), bytes);
        break;
      }
      default: {
        partOneLeftOut(read, "a sheet", err);
        boolean tsv = output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        SheetWriter.Builder sheet = SheetWriter.builder().byteOrderMark(output != null);
        (tsv ? sheet.tabSeparated() : sheet.commaSeparated()).build().write(read.tables(), (OutputStream) bytes);
        break;
      }
    }
  }

  /**
   * Self-evaluation or monitoring tables: one table as JSON's or XML's single table, several as their sequence
   * (a JSON array, {@code <selfEvaluations>} / {@code <monitorings>}); both also as a sheet and a workbook, and
   * self-evaluation tables as a Word document. A monitoring table has no Word writer and no form layout.
   */
  private void writeFollowUp(TableFile read, OutputStream bytes) {
    List<SelfEvaluationTable> evaluations = read.selfEvaluationTables();
    List<MonitoringTable> monitoring = read.monitoringTables();
    switch (to) {
      case JSON: {
        JsonCodec json = JsonCodec.builder().prettyPrint(true).build();
        if (evaluations.size() + monitoring.size() == 1) {
          writeOne(json, read, bytes);
        } else if (monitoring.isEmpty()) {
          writeAll(json.writeSelfEvaluationTables(bytes, JsonLayout.ARRAY), evaluations);
        } else {
          writeAll(json.writeMonitoringTables(bytes, JsonLayout.ARRAY), monitoring);
        }
        break;
      }
      case XML: {
        XmlCodec xml = XmlCodec.builder().prettyPrint(true).build();
        if (evaluations.size() + monitoring.size() == 1) {
          writeOne(xml, read, bytes);
        } else if (monitoring.isEmpty()) {
          writeAll(xml.writeSelfEvaluationTables(bytes), evaluations);
        } else {
          writeAll(xml.writeMonitoringTables(bytes), monitoring);
        }
        break;
      }
      case XLSX: {
        WorkbookWriter workbook = WorkbookWriter.builder().layout(layout).build();
        if (monitoring.isEmpty()) {
          workbook.writeSelfEvaluation(evaluations, bytes);
        } else if (layout == WorkbookLayout.FORM) {
          throw new FollowUpNotWritten("monitoring tables are written in the row layout only; use --layout row");
        } else {
          workbook.writeMonitoring(monitoring, bytes);
        }
        break;
      }
      case DOCX: {
        if (!monitoring.isEmpty()) {
          throw new FollowUpNotWritten("monitoring tables are not written as docx; use --to json, xml, sheet or xlsx");
        }
        DocumentWriter.create().writeSelfEvaluation(evaluations, bytes);
        break;
      }
      case SHEET: {
        boolean tsv = output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        if (monitoring.isEmpty()) {
          SelfEvaluationSheetWriter.Builder sheet = SelfEvaluationSheetWriter.builder().byteOrderMark(output != null);
          (tsv ? sheet.tabSeparated() : sheet.commaSeparated()).build().write(evaluations, bytes);
        } else {
          MonitoringSheetWriter.Builder sheet = MonitoringSheetWriter.builder().byteOrderMark(output != null);
          (tsv ? sheet.tabSeparated() : sheet.commaSeparated()).build().write(monitoring, bytes);
        }
        break;
      }
    }
  }

  private static void writeOne(TableCodec codec, TableFile read, OutputStream bytes) {
    if (read.selfEvaluationTables().isEmpty()) {
      codec.write(read.monitoringTables().get(0), bytes);
    } else {
      codec.write(read.selfEvaluationTables().get(0), bytes);
    }
  }

  /** A self-evaluation or monitoring input the chosen output cannot hold: {@code JX-CLI-013}. */
  private static final class FollowUpNotWritten extends RuntimeException {
    FollowUpNotWritten(String message) {
      super(message);
    }
  }

  private static void partOneLeftOut(TableFile read, String what, PrintWriter err) {
    if (read.document().isPresent()) {
      err.println(TerminalText.escape(read.source()) + ": " + what + " holds the project tables only; the department"
          + " targets (部门整体绩效目标) are not written");
    }
  }

  private static <T> void writeAll(Sequence.Writer<T> writer, List<? extends T> tables) {
    try (Sequence.Writer<T> w = writer) {
      tables.forEach(w::write);
    }
  }
}
