package io.github.jixiao.cli;

import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationPolicy;
import io.github.jixiao.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao validate} (校验): reads every file, validates every table, prints one report of them all. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads every FILE (format from the extension or the content), validates every table and prints"
        + " the report on standard output. Unreadable files are named on standard error, one line each.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "auto|json|xml|sheet|text", defaultValue = "auto",
      description = "Input format; auto tells it from the extension (.json .jsonl .xml .csv .tsv .txt) or the content.")
  private InputFormat format;

  @Option(names = "--framework", paramLabel = "auto|classic|core2021", defaultValue = "auto",
      description = "Indicator framework; auto takes the table's own, else infers it from the rows.")
  private FrameworkChoice framework;

  @Option(names = "--report", paramLabel = "text|json|html", defaultValue = "text",
      description = "Report format (default: text).")
  private ReportFormat report;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the messages (default: zh).")
  private Language language;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files of tables.")
  private List<String> files;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    TableValidator validator = TableValidator.create(framework.policy());
    InputReader reader = new InputReader();
    Progress progress = new Progress(err, files.size(), System.console() != null);
    List<FileReport> reports = new ArrayList<>();
    boolean unreadable = false;
    boolean errors = false;
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i);
      progress.reading(i, name);
      try {
        ReadTables read = reader.read(name, format);
        ValidationReport validation = read.document().isPresent()
            ? validator.validate(read.document().get()) : validator.validate(read.tables());
        errors |= validation.hasErrors();
        reports.add(FileReport.of(read, validation));
      } catch (Unreadable e) {
        unreadable = true;
        progress.message(e.getMessage());
        reports.add(FileReport.unreadable(name, e));
      }
    }
    progress.done();
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.render(reports, language));
    out.flush();
    return unreadable ? Jixiao.UNREADABLE : errors ? Jixiao.FINDINGS : Jixiao.OK;
  }

  /** The {@code --framework} choices. */
  enum FrameworkChoice {
    AUTO, CLASSIC, CORE2021;

    ValidationPolicy policy() {
      switch (this) {
        case CLASSIC:
          return ValidationPolicy.national().toBuilder().framework(IndicatorFramework.CLASSIC).build();
        case CORE2021:
          return ValidationPolicy.national().toBuilder().framework(IndicatorFramework.CORE_2021).build();
        default:
          return ValidationPolicy.national();
      }
    }
  }
}
