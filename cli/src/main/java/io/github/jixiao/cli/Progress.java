package io.github.jixiao.cli;

import java.io.PrintWriter;

/**
 * The progress line on standard error (进度) while many files are read: shown when more than
 * {@value #THRESHOLD} files are given, as {@code [12/40] budget.csv}. On a console the line is rewritten in
 * place; elsewhere (a log, a pipe) one line per file, so the log shows how far a run got.
 */
final class Progress {
  static final int THRESHOLD = 10;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final boolean inPlace;
  private boolean pending;

  Progress(PrintWriter err, int total, boolean console) {
    this.err = err;
    this.total = total;
    this.enabled = total > THRESHOLD;
    this.inPlace = console;
  }

  void reading(int index, String file) {
    if (!enabled) {
      return;
    }
    String line = "[" + (index + 1) + "/" + total + "] " + TerminalText.escape(file);
    if (inPlace) {
      err.print("\r\033[K" + line);
      pending = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Prints {@code line} (an unreadable file) on its own line, clear of the progress line, escaped for a terminal. */
  void message(String line) {
    clear();
    err.println(TerminalText.escape(line));
    err.flush();
  }

  void done() {
    clear();
  }

  private void clear() {
    if (pending) {
      err.print("\r\033[K");
      pending = false;
    }
  }
}
