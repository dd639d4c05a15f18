package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process and keeps what it printed and its exit status. */
final class Cli {
  final int status;
  final String out;
  final String err;

  private Cli(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Jixiao.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(status, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
