package io.github.jixiao.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} with standard output and error captured, as UTF-8 text. */
final class ConsoleCapture {
  /** A {@code main} that may throw, as examples declare. */
  interface Program {
    void run() throws Exception;
  }

  final String out;
  final String err;

  private ConsoleCapture(String out, String err) {
    this.out = out;
    this.err = err;
  }

  static synchronized ConsoleCapture run(Program program) throws Exception {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new ConsoleCapture(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
