package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceSpan;
import io.github.jixiao.serialization.text.TextDocumentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a published text made from a document's blocks, each remembering the place it came from: a
 * paragraph is a plain line per line break, a row is a tab-led line per cell and a blank line after it, just
 * as the text of the same document lists them. The text's assembly then runs on these lines unchanged, and
 * its places, numbered by these lines, are translated back to the blocks' own.
 */
public final class LocatedLines {
  private static final Pattern LINES = Pattern.compile("\\blines? (\\d{1,9})(?:–(\\d{1,9}))?");

  private final List<TextLine> lines = new ArrayList<>();
  private final List<SourceLocation> places = new ArrayList<>();

  private LocatedLines() {}

  public static LocatedLines of(List<TextDocumentReader.Block> blocks) {
    LocatedLines located = new LocatedLines();
    for (TextDocumentReader.Block block : blocks) {
      if (block instanceof TextDocumentReader.Paragraph p) {
        for (String line : p.text().split("\r\n|\r|\n", -1)) {
          located.add(line, false, p.location());
        }
      } else if (block instanceof TextDocumentReader.Row r) {
        for (TextDocumentReader.Cell cell : r.cells()) {
          located.add(cell.text(), true, cell.location());
        }
        located.add("", false, r.cells().get(r.cells().size() - 1).location());
      }
    }
    return located;
  }

  private void add(String text, boolean cell, SourceLocation place) {
    lines.add(new TextLine(lines.size() + 1, text, cell, false, false));
    places.add(place);
  }

  public List<TextLine> lines() {
    return lines;
  }

  /** The read with every warning and every place of its source map named by the blocks' places. */
  public <T> ReadResult<T> relocate(ReadResult<T> read) {
    List<ReadProblem> warnings = read.warnings().stream().map(this::relocate).toList();
    return ReadResult.of(read.value(), warnings,
        read.sourceMap().orElseThrow().relocated(this::relocate, this::relocate));
  }

  public ReadException relocate(ReadException e) {
    return new ReadException(relocate(e.problem()), e);
  }

  private ReadProblem relocate(ReadProblem p) {
    SourceLocation at = relocate(p.location());
    String message = relocate(p.message());
    return p.severity() == ReadProblem.Severity.ERROR
        ? ReadProblem.error(p.code(), at, message) : ReadProblem.warning(p.code(), at, message);
  }

  /** A message's {@code line 382} and {@code lines 285–380} (a cut-off table) as the places they stand for. */
  private String relocate(String message) {
    Matcher m = LINES.matcher(message);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      String place;
      if (m.group(2) == null) {
        SourceLocation at = relocate(SourceLocation.at(null, first, 0));
        place = unnamed(at.toString(), at.source().orElse("<input>"));
      } else {
        SourceSpan span = relocate(SourceSpan.lines(null, first, Math.max(first, Integer.parseInt(m.group(2)))));
        place = unnamed(span.toString(), span.source().orElse("<input>"));
      }
      m.appendReplacement(b, Matcher.quoteReplacement(place));
    }
    return m.appendTail(b).toString();
  }

  /** A place's words without the source name the message's location already gives. */
  private static String unnamed(String place, String source) {
    return place.startsWith(source + " ") ? place.substring(source.length() + 1) : place;
  }

  private SourceLocation relocate(SourceLocation at) {
    if (at.line().isEmpty() || places.isEmpty()) {
      return at;
    }
    SourceLocation place = places.get(Math.min(at.line().getAsInt(), places.size()) - 1);
    return place.withPath(at.path().orElse(null)).withCell(at.cell().orElse(null));
  }

  /** Lines of a table (its title among them) as the rows of its Word table that they cover. */
  private SourceSpan relocate(SourceSpan span) {
    SourceLocation first = null;
    SourceLocation last = null;
    for (int n = span.first(); n <= Math.min(span.last(), places.size()); n++) {
      SourceLocation place = places.get(n - 1);
      if (place.table().isPresent() && (first == null || place.table().equals(first.table()))) {
        first = first == null ? place : first;
        last = place;
      }
    }
    if (first == null) {
      return span;
    }
    return SourceSpan.tableRows(first.source().orElse(null), first.table().getAsInt(), first.line().orElse(1),
        Math.max(first.line().orElse(1), last.line().orElse(1)));
  }
}
