package io.github.jixiao.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jixiao} command (命令行): {@code validate} checks tables in any format and prints a text, JSON or
 * HTML report; {@code convert} turns any input into JSON, XML or an indicator sheet. Exit status: 0 no error
 * finding, 1 at least one error finding, 2 an input could not be read (or the command line was wrong).
 *
 * <pre>
 * java -jar cli/target/jixiao.jar validate --report html budget.csv &gt; report.html
 * </pre>
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Jixiao.Version.class,
    subcommands = {ValidateCommand.class, ConvertCommand.class},
    description = "Checks and converts budget performance target tables (预算绩效目标表).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:no finding of severity error", "1:at least one error finding",
        "2:an input could not be read, or the command line was wrong"})
public final class Jixiao implements Runnable {
  /** Exit status: no finding of severity error. */
  public static final int OK = 0;
  /** Exit status: at least one error finding. */
  public static final int FINDINGS = 1;
  /** Exit status: an input could not be read, or the command line was wrong. */
  public static final int UNREADABLE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  private Jixiao() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command with {@code args}, writing to {@code out} and {@code err}; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new Jixiao())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler((e, typed) -> {
          // As picocli's own handler, but the message quotes what was typed, so it is escaped for a terminal.
          CommandLine cmd = e.getCommandLine();
          cmd.getErr().println(TerminalText.escape(e.getMessage()));
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr())) {
            cmd.usage(cmd.getErr());
          }
          return UNREADABLE;
        })
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          // Last resort: one line, never a stack trace.
          cmd.getErr().println(TerminalText.escape("jixiao: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())));
          return UNREADABLE;
        });
    try {
      return line.execute(args);
    } catch (OutOfMemoryError e) {
      // A failure of the tool, not a finding: exit 2, so CI never takes a crash for defects in the tables.
      err.println("jixiao: out of memory; give Java more (java -Xmx…) or split the input [JX-CLI-010]");
      err.flush();
      return UNREADABLE;
    } catch (RuntimeException | Error e) {
      err.println("jixiao: failed (" + e.getClass().getSimpleName() + "); please report it [JX-CLI-009]");
      err.flush();
      return UNREADABLE;
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: validate or convert");
  }

  /** The version from the jar's own build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Jixiao.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"jixiao " + p.getProperty("version", "unknown")};
    }
  }
}
