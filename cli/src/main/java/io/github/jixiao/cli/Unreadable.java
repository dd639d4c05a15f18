package io.github.jixiao.cli;

import io.github.jixiao.serialization.ReadProblem;
import java.util.Locale;

/**
 * An input the command could not read (无法读取): the one line that names the file, the place and what was
 * expected, as printed on standard error, and the same line in Chinese for a {@code --lang zh} report.
 */
final class Unreadable extends Exception {
  private static final long serialVersionUID = 1L;

  private final String chinese;

  Unreadable(String line, String chinese) {
    super(line, null, false, false);
    this.chinese = chinese;
  }

  /** A reader's error: its own line, and in Chinese its place and the sentence of its code. */
  static Unreadable of(ReadProblem problem) {
    return new Unreadable(problem.toString(), Language.ZH.location(problem.location()) + "："
        + problem.message(Locale.CHINESE) + " [" + problem.code() + "]");
  }

  /** The line for a report in {@code language}; standard error always gets {@link #getMessage()}. */
  String line(Language language) {
    return language.isChinese() ? chinese : getMessage();
  }
}
