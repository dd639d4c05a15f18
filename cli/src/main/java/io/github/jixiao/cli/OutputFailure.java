package io.github.jixiao.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why an output file could not be written (写出失败原因), in words: the file system's exceptions name only
 * the path ({@code NoSuchFileException: missing/dir/out.json}), which tells the user nothing.
 */
final class OutputFailure {
  private OutputFailure() {}

  static String reason(Path output, IOException e) {
    if (e instanceof NoSuchFileException) {
      Path parent = output.toAbsolutePath().getParent();
      return parent == null ? "no such file or directory"
          : "the directory " + (output.getParent() == null ? parent : output.getParent()) + " does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return lowerFirst(f.getReason());  // the system's own words: "Is a directory", "No space left on device"
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
