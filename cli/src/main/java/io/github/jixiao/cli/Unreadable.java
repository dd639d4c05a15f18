package io.github.jixiao.cli;

/**
 * An input the command could not read (无法读取): the one line that names the file, the place and what was
 * expected, as printed on standard error.
 */
final class Unreadable extends Exception {
  private static final long serialVersionUID = 1L;

  Unreadable(String line) {
    super(line, null, false, false);
  }
}
