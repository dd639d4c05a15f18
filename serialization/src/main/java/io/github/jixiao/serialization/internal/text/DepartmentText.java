package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.DepartmentTargets;
import io.github.jixiao.core.TargetSection;
import io.github.jixiao.core.TargetStatement;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Part 1 (部门整体绩效目标): the sections 总体绩效目标, 分项绩效目标 and 工作保障措施, each an introductory
 * paragraph and numbered statements. Under 总体绩效目标 the sub-headings （一）总体目标 and （二）工作重点 send
 * the statements that follow to the overall goals and the key tasks. Elsewhere a （一）… line is the title of
 * the statement whose text is the next paragraph. A numbered statement ({@code 1.从严治团。继续…}) whose first
 * sentence is short (at most 20 characters, ending in 。) and followed by more text has that sentence as its
 * title. A paragraph that follows a statement continues it; one that comes before any statement is the
 * section's introduction.
 */
public final class DepartmentText {
  private static final Pattern SECTION = Pattern.compile(
      "^(?:[一二三四五六七八九十]+\\s*[、.．]\\s*)?(总体绩效目标|分项绩效目标|工作保障措施)$");
  private static final Pattern SUBHEADING = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]+\\s*[）)]\\s*(.+)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.．、]\\s*(.*)$");
  private static final Set<String> PART_HEADINGS = Set.of("第一部分", "部门整体绩效目标");
  private static final Pattern STATED_YEAR = Pattern.compile("^(\\d{4})\\s*年");
  private static final int TITLE_MAX = 20;

  private final String source;
  private final List<ReadProblem> warnings;
  private final Section overall = new Section();
  private final Section keyTasks = new Section();
  private final Section itemised = new Section();
  private final Section safeguards = new Section();
  private Section section;
  private Section target;
  private String sectionName;
  private boolean sectionHasContent;
  private String pendingTitle;
  private Integer statedYear;

  /** A section's introduction and statements as they are read. */
  private static final class Section {
    private final StringBuilder introduction = new StringBuilder();
    private final List<Statement> statements = new ArrayList<>();

    TargetSection build() {
      TargetSection.Builder b = TargetSection.builder();
      if (introduction.length() > 0) {
        b.introduction(introduction.toString());
      }
      for (Statement s : statements) {
        TargetStatement.Builder t = TargetStatement.builder().text(s.text.toString());
        if (s.title != null) {
          t.title(s.title);
        }
        b.addStatement(t.build());
      }
      return b.build();
    }
  }

  /** A statement as it is read: its title, if any, and its text, to which continuing paragraphs are added. */
  private static final class Statement {
    private final String title;
    private final StringBuilder text;

    Statement(String title, String text) {
      this.title = title;
      this.text = new StringBuilder(text);
    }
  }

  private DepartmentText(String source, List<ReadProblem> warnings) {
    this.source = source;
    this.warnings = warnings;
  }

  /** The department targets in {@code lines}, and the year an introduction begins with, if one does. */
  public static DepartmentText read(List<TextLine> lines, String source, List<ReadProblem> warnings) {
    DepartmentText d = new DepartmentText(source, warnings);
    for (TextLine line : lines) {
      d.accept(line);
    }
    d.flushPending();
    return d;
  }

  public DepartmentTargets targets() {
    return DepartmentTargets.builder().overallGoals(overall.build()).keyTasks(keyTasks.build())
        .itemisedGoals(itemised.build()).safeguardMeasures(safeguards.build()).build();
  }

  /** The budget year an introduction states ({@code 2021年，团市委…}), if one does. */
  public Optional<Integer> statedYear() {
    return Optional.ofNullable(statedYear);
  }

  private void accept(TextLine line) {
    String text = line.trimmed();
    if (text.isEmpty()) {
      return;
    }
    String key = Cells.key(text);
    Matcher sectionHeading = SECTION.matcher(key);
    if (sectionHeading.matches()) {
      String name = sectionHeading.group(1);
      if (name.equals(sectionName) && !sectionHasContent) {
        return;
      }
      flushPending();
      sectionName = name;
      sectionHasContent = false;
      section = name.equals("总体绩效目标") ? overall : name.equals("分项绩效目标") ? itemised : safeguards;
      target = section;
      return;
    }
    if (section == null) {
      if (!PART_HEADINGS.contains(key)) {
        warnings.add(ReadProblem.warning(TextProblems.STRAY_TEXT, SourceLocation.at(source, line.number(), 1),
            "text «" + Cells.excerpt(text) + "» comes before any section of Part 1 and is not read"));
      }
      return;
    }
    sectionHasContent = true;
    Matcher sub = SUBHEADING.matcher(text);
    if (sub.matches()) {
      flushPending();
      String title = Cells.trim(sub.group(1));
      if (section == overall && Cells.key(title).startsWith("总体目标")) {
        target = overall;
      } else if (section == overall && Cells.key(title).startsWith("工作重点")) {
        target = keyTasks;
      } else {
        pendingTitle = title;
      }
      return;
    }
    Matcher numbered = NUMBERED.matcher(text);
    if (numbered.matches() && Integer.parseInt(numbered.group(1)) == target.statements.size() + 1) {
      flushPending();
      numbered(numbered.group(2));
      return;
    }
    paragraph(text);
  }

  /** A numbered statement; a next number that Word ran onto the same line starts another one. */
  private void numbered(String text) {
    int next = target.statements.size() + 2;
    Matcher run = Pattern.compile("[\\s\\u3000]+" + next + "\\s*[.．、]\\s*").matcher(text);
    if (run.find() && run.start() > 0) {
      addTitled(Cells.trim(text.substring(0, run.start())));
      numbered(text.substring(run.end()));
      return;
    }
    addTitled(Cells.trim(text));
  }

  private void addTitled(String text) {
    int stop = text.indexOf('。');
    if (stop > 0 && stop < TITLE_MAX && stop < text.length() - 1) {
      target.statements.add(new Statement(text.substring(0, stop + 1), Cells.trim(text.substring(stop + 1))));
    } else {
      target.statements.add(new Statement(null, text));
    }
  }

  private void paragraph(String text) {
    if (pendingTitle != null) {
      target.statements.add(new Statement(pendingTitle, text));
      pendingTitle = null;
    } else if (target.statements.isEmpty() && target == section) {
      if (section.introduction.length() == 0 && statedYear == null) {
        Matcher year = STATED_YEAR.matcher(text);
        if (year.find()) {
          statedYear = Integer.parseInt(year.group(1));
        }
      }
      section.introduction.append(section.introduction.length() > 0 ? "\n" : "").append(text);
    } else if (!target.statements.isEmpty()) {
      target.statements.get(target.statements.size() - 1).text.append('\n').append(text);
    } else {
      target.introduction.append(target.introduction.length() > 0 ? "\n" : "").append(text);
    }
  }

  private void flushPending() {
    if (pendingTitle != null) {
      target.statements.add(new Statement(pendingTitle, ""));
      pendingTitle = null;
    }
  }
}
