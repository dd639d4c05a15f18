package io.github.jixiao.cli;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.files.TableInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens one input of any format through the SDK's front door (读取输入), reading it once from start to end:
 * a file, a FIFO, {@code /dev/stdin}, a process substitution, or standard input itself when the name is
 * {@code -}. Every way an input can fail — missing, a directory, unreadable, binary, empty, malformed, even
 * part-way through a sequence of tables — becomes an {@link Unreadable} with one line that names the input
 * and the place; nothing else escapes.
 */
final class InputReader {
  /** The name that means standard input. */
  static final String STANDARD_INPUT = "-";
  /**
   * The Java runtime decodes a file name's bytes as UTF-8 and turns bytes that are not UTF-8 into U+FFFD; such
   * a name cannot be turned back into the file's own, so the file exists but cannot be opened by it.
   */
  private static final String NOT_UTF8_NAME = ": the file name is not UTF-8 (the bytes shown as \uFFFD are in"
      + " another encoding, such as GBK), so it cannot be opened by this name; rename the file with a UTF-8 name";

  private final TableFiles files;
  private final InputStream standardInput;

  /** @param encoding the encoding of every input ({@code --encoding}); null to tell each one's from its bytes */
  InputReader(InputStream standardInput, Charset encoding) {
    this.standardInput = standardInput;
    this.files = encoding == null ? TableFiles.create() : TableFiles.builder().encoding(encoding).build();
  }

  /**
   * Opens the input {@code name} (the argument as the user typed it, which messages name), in {@code format}
   * or, for {@code AUTO}, the format its extension or content shows.
   */
  TableInput open(String name, InputFormat format) throws Unreadable {
    InputStream in = stream(name);
    try {
      return format == InputFormat.AUTO ? files.open(in, name) : files.open(in, name, format.formatName());
    } catch (RuntimeException | StackOverflowError e) {
      close(in);
      throw unreadable(name, e);
    }
  }

  private InputStream stream(String name) throws Unreadable {
    if (STANDARD_INPUT.equals(name)) {
      return standardInput;
    }
    Path file;
    try {
      file = Path.of(name);
    } catch (InvalidPathException e) {
      throw new Unreadable(name + ": not a valid file name [JX-CLI-001]", name + "：不是有效的文件名 [JX-CLI-001]");
    }
    if (Files.isDirectory(file)) {
      throw new Unreadable(name + ": is a directory; expected a file of tables [JX-CLI-002]",
          name + "：是目录；应为表格文件 [JX-CLI-002]");
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // The input already failed; that failure is the one reported.
    }
  }

  /** The one line, in English and in Chinese, for a failure while opening or reading {@code name}. */
  static Unreadable unreadable(String name, Throwable e) {
    if (e instanceof ReadException read) {
      return Unreadable.of(read.problem());
    }
    if (e instanceof NoSuchFileException) {
      boolean notUtf8 = name.indexOf('\uFFFD') >= 0;
      return new Unreadable(name + (notUtf8 ? NOT_UTF8_NAME : ": no such file") + " [JX-CLI-001]",
          name + (notUtf8 ? "：文件名不是 UTF-8 编码，无法按此名称打开；请改用 UTF-8 文件名" : "：文件不存在") + " [JX-CLI-001]");
    }
    if (e instanceof AccessDeniedException) {
      return new Unreadable(name + ": permission denied; the file cannot be read [JX-CLI-003]",
          name + "：没有读取权限 [JX-CLI-003]");
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return new Unreadable(name + ": the file cannot be read (" + describe(e) + ") [JX-CLI-003]",
          name + "：文件无法读取（" + describe(e) + "） [JX-CLI-003]");
    }
    if (e instanceof StackOverflowError) {
      return new Unreadable(name + ": the input nests too deeply to be read [JX-CLI-004]",
          name + "：嵌套层数过多，无法读取 [JX-CLI-004]");
    }
    // A reader's defect must not cost the other files their report: this file is named, the run goes on.
    return new Unreadable(name + ": could not be read (internal error " + e.getClass().getSimpleName()
        + "; please report it with the file) [JX-CLI-009]",
        name + "：读取时发生内部错误（" + e.getClass().getSimpleName() + "），请连同此文件一并报告 [JX-CLI-009]");
  }

  private static String describe(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
