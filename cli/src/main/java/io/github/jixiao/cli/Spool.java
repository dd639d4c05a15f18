package io.github.jixiao.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The report of one file held back until the file is read to its end (报告暂存): every report names a file's
 * table and finding counts before its findings, and those are known only at the end. Up to
 * {@value #IN_MEMORY} characters stay in memory; past that the text goes to a temporary file, deleted on
 * close, so a file of any size is reported in bounded memory.
 */
final class Spool implements Appendable, Closeable {
  static final int IN_MEMORY = 1 << 20;

  private final StringBuilder memory = new StringBuilder();
  private Path file;
  private Writer disk;

  @Override
  public Spool append(CharSequence text) {
    try {
      if (disk == null && memory.length() + text.length() > IN_MEMORY) {
        file = Files.createTempFile("jixiao-report", ".part");
        file.toFile().deleteOnExit();
        // Replacing, not refusing, what UTF-8 cannot hold (half a surrogate pair, which the readers refuse but
        // a table built in code may hold): it becomes ? here as on the command's output, which encodes alike.
        disk = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
            1 << 16);
        disk.append(memory);
        memory.setLength(0);
      }
      if (disk != null) {
        disk.append(text);
      } else {
        memory.append(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public Spool append(CharSequence text, int start, int end) {
    return append(text.subSequence(start, end));
  }

  @Override
  public Spool append(char c) {
    return append(String.valueOf(c));
  }

  /** Hands everything held to {@code line}, line by line, without the line breaks. */
  void lines(Consumer<String> line) throws IOException {
    if (disk == null) {
      memory.toString().lines().forEach(line);
      return;
    }
    disk.flush();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        line.accept(l);
      }
    }
  }

  /** Writes everything held to {@code out}. */
  void writeTo(Writer out) throws IOException {
    if (disk == null) {
      out.append(memory);
      return;
    }
    disk.flush();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
  }

  @Override
  public void close() throws IOException {
    if (disk != null) {
      disk.close();
      Files.deleteIfExists(file);
    }
  }
}
