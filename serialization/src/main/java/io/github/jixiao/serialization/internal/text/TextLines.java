package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * A published text split into its lines (文本行), within the limits on lines and line length: the first step of
 * every published-text reader.
 */
public final class TextLines {
  private TextLines() {}

  public static List<TextLine> of(String text, String source, ReadLimits limits) {
    refuseTooManyLines(text, source, limits.maxLines());
    List<TextLine> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (end - start > limits.maxStringLength()) {
        throw new ReadException(ReadProblem.error(TextProblems.LINE_TOO_LONG, SourceLocation.at(source, lines.size() + 1, 0),
            "line too long: more than " + limits.maxStringLength()
                + " characters; raise the reader's maxStringLength limit"));
      }
      lines.add(TextLine.of(lines.size() + 1, text.substring(start, end).replace('\f', ' ')));
      start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
    return lines;
  }

  /**
   * Counts line ends before any line is built: a million empty lines fail at once instead of after half a
   * million line objects. Line ends as in {@link #of}: LF, CR LF, or a lone CR.
   */
  private static void refuseTooManyLines(String text, String source, int maxLines) {
    int ends = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
        ends++;
        if (ends == maxLines && i + 1 < n) {
          throw new ReadException(ReadProblem.error(TextProblems.TOO_MANY_LINES,
              SourceLocation.at(source, maxLines + 1, 0),
              "too many lines: more than " + maxLines + "; raise the reader's maxLines limit"));
        }
      }
    }
  }
}
