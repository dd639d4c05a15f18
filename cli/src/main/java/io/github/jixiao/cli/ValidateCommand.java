package io.github.jixiao.cli;

import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.files.TableInput;
import io.github.jixiao.validation.EvaluationFinding;
import io.github.jixiao.validation.EvaluationReport;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.SelfEvaluationValidator;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.TableTemplate;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationPolicy;
import io.github.jixiao.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code jixiao validate} (校验): reads every file, validates every table, prints one report of them all. Target
 * tables are validated under the national {@code ValidationPolicy}; self-evaluation and monitoring tables with the
 * {@link SelfEvaluationValidator} under the national scoring policy, each self-evaluation's scores recomputed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads every FILE (format from the extension or the content), validates every table and prints"
        + " the report on standard output, file by file as each is read. FILE - is standard input. Unreadable"
        + " files are named on standard error, one line each.")
final class ValidateCommand implements Callable<Integer> {
  /** How many tables of a sequence are validated together (and so compared with each other). */
  static final int WINDOW = 100;

  @Spec
  private CommandSpec spec;

  @Mixin
  private EncodingOption encoding;

  @Option(names = "--format", paramLabel = "auto|json|xml|sheet|xlsx|word|text", defaultValue = "auto",
      description = "Input format; auto tells it from the extension (.json .jsonl .xml .csv .tsv .xlsx .xls .docx"
          + " .doc .txt) or the content.")
  private InputFormat format;

  @Option(names = "--framework", paramLabel = "auto|classic|core2021", defaultValue = "auto",
      description = "Indicator framework; auto takes the table's own, else infers it from the rows.")
  private FrameworkChoice framework;

  @Option(names = "--template", paramLabel = "auto|classic-2020|core-2021|department-wide|self-evaluation|work-relief|spending-plan",
      defaultValue = "auto", converter = TemplateChoice.class,
      description = "The template every table follows; auto infers each table's from its cells and rows.")
  private TableTemplate template;  // null for auto: picocli unwraps an Optional field, so none is used here

  @Option(names = "--report", paramLabel = "text|json|html", defaultValue = "text",
      description = "Report format (default: text).")
  private ReportFormat report;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the messages (default: zh).")
  private Language language;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files of tables; - is standard input.")
  private List<String> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    TableValidator validator = TableValidator.create(policy());
    SelfEvaluationValidator evaluations = SelfEvaluationValidator.create();
    InputReader reader = encoding.reader(System.in);
    Progress progress = new Progress(err, files.size(), System.console() != null);
    ReportWriter writer = report.writer(language);
    List<FileReport> reports = new ArrayList<>();
    boolean unreadable = false;
    boolean errors = false;
    writer.begin(out);
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i);
      progress.reading(i, name);
      FileReport file = FileReport.of(name);
      try (Spool body = new Spool()) {
        try {
          validate(reader, name, validator, evaluations, file, writer, body);
        } catch (Unreadable e) {
          unreadable = true;
          progress.message(e.getMessage());
          file.unreadable(e);
        }
        errors |= file.count(Severity.ERROR) > 0;
        writer.file(out, i, file, body);
      }
      out.flush();
      reports.add(file);
    }
    progress.done();
    writer.end(out, reports);
    out.flush();
    return unreadable ? Jixiao.UNREADABLE : errors ? Jixiao.FINDINGS : Jixiao.OK;
  }

  /**
   * Reads {@code name} once and validates its tables as they arrive: a document whole (its tables take its
   * year and unit), any other input in windows of {@value #WINDOW} tables, so memory stays bounded however many
   * tables a file holds. Each table is reported into {@code body} as soon as it is validated. Self-evaluation
   * and monitoring tables come read whole and are validated together.
   */
  private void validate(InputReader reader, String name, TableValidator validator,
      SelfEvaluationValidator evaluations, FileReport file, ReportWriter writer, Spool body) throws Unreadable {
    try (TableInput input = reader.open(name, format)) {
      boolean rows = input.format().equals("sheet") || input.format().equals("xlsx");
      if (!input.selfEvaluationTables().isEmpty()) {
        List<SelfEvaluationTable> tables = input.selfEvaluationTables();
        List<List<EvaluationFinding>> byTable = byTable(evaluations.validateSelfEvaluations(tables), tables.size());
        for (int t = 0; t < tables.size(); t++) {
          SelfEvaluationTable table = tables.get(t);
          writer.selfEvaluation(body, t, table, file.addFollowUp(t, table.indicators().size(), byTable.get(t),
              EvaluationCells.SELF_EVALUATION, input.sourceMap(), rows), evaluations.scoringPolicy().score(table));
        }
      } else if (!input.monitoringTables().isEmpty()) {
        List<MonitoringTable> tables = input.monitoringTables();
        List<List<EvaluationFinding>> byTable = byTable(evaluations.validateMonitoring(tables), tables.size());
        for (int t = 0; t < tables.size(); t++) {
          MonitoringTable table = tables.get(t);
          writer.monitoring(body, t, table, file.addFollowUp(t, table.indicators().size(), byTable.get(t),
              EvaluationCells.MONITORING, input.sourceMap(), rows));
        }
      } else if (input.document().isPresent()) {
        List<ProjectTargetTable> tables = input.document().get().tables();
        report(0, tables, validator.validate(input.document().get()), input, file, writer, body, rows);
      } else {
        List<ProjectTargetTable> window = new ArrayList<>(WINDOW);
        int start = 0;
        for (TableSequence tables = input.tables(); tables.hasNext(); ) {
          window.add(tables.next());
          if (window.size() == WINDOW) {
            report(start, window, validator.validate(window), input, file, writer, body, rows);
            start += window.size();
            window.clear();
          }
        }
        report(start, window, validator.validate(window), input, file, writer, body, rows);
      }
      file.readWarnings(input.warnings());
    } catch (RuntimeException | StackOverflowError e) {
      throw InputReader.unreadable(name, e);
    }
  }

  private static void report(int start, List<ProjectTargetTable> tables, ValidationReport validation,
      TableInput input, FileReport file, ReportWriter writer, Spool body, boolean rows) {
    List<List<Finding>> byTable = new ArrayList<>(tables.size());
    tables.forEach(t -> byTable.add(new ArrayList<>()));
    validation.findings().forEach(f -> byTable.get(f.table()).add(f));
    for (int t = 0; t < tables.size(); t++) {
      ProjectTargetTable table = tables.get(t);
      writer.table(body, start + t, table, file.add(start + t, table, byTable.get(t), input.sourceMap(), rows));
    }
  }

  private static List<List<EvaluationFinding>> byTable(EvaluationReport validation, int tables) {
    List<List<EvaluationFinding>> byTable = new ArrayList<>(tables);
    for (int t = 0; t < tables; t++) {
      byTable.add(new ArrayList<>());
    }
    validation.findings().forEach(f -> byTable.get(f.table()).add(f));
    return byTable;
  }

  /** The policy of the {@code --template} and {@code --framework} choices. */
  private ValidationPolicy policy() {
    ValidationPolicy base = template == null ? ValidationPolicy.national() : ValidationPolicy.forTemplate(template);
    return framework.framework().map(f -> base.toBuilder().framework(f).build()).orElse(base);
  }

  /** The {@code --framework} choices. */
  enum FrameworkChoice {
    AUTO, CLASSIC, CORE2021;

    Optional<IndicatorFramework> framework() {
      return switch (this) {
        case CLASSIC -> Optional.of(IndicatorFramework.CLASSIC);
        case CORE2021 -> Optional.of(IndicatorFramework.CORE_2021);
        case AUTO -> Optional.empty();
      };
    }
  }

  /** Reads a {@code --template} value: {@code auto} (null: none stated), or a template's name in either spelling. */
  static final class TemplateChoice implements ITypeConverter<TableTemplate> {
    @Override
    public TableTemplate convert(String value) {
      if (value.equalsIgnoreCase("auto")) {
        return null;
      }
      return TableTemplate.parse(value).orElseThrow(() -> new TypeConversionException(
          "expected auto, classic-2020, core-2021, department-wide, self-evaluation, work-relief or spending-plan"));
    }
  }
}
