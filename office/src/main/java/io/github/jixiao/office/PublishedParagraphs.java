package io.github.jixiao.office;

import io.github.jixiao.core.DepartmentTargets;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TargetSection;
import io.github.jixiao.core.TargetStatement;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of a published document outside its tables, in the order the text reader reads them: Part 1
 * (第一部分 部门整体绩效目标) with its three sections, their introductions and numbered statements, then Part 2's
 * headings, and each table's title ({@code 1.2025年…绩效目标表}), whose year is the table's fiscal year.
 */
final class PublishedParagraphs {
  /** A paragraph: its text and whether it is a heading (set bold, the way published documents mark them). */
  record Paragraph(String text, boolean heading) {}

  /** The longest title the reader splits off a numbered statement, its 。 included. */
  private static final int TITLE_MAX = 20;
  private static final String[] SUBSECTION_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private PublishedParagraphs() {}

  static List<Paragraph> partOne(DepartmentTargets d) {
    List<Paragraph> out = new ArrayList<>();
    if (d.isEmpty()) {
      return out;
    }
    out.add(new Paragraph("第一部分", true));
    out.add(new Paragraph("部门整体绩效目标", true));
    if (!d.overallGoals().isEmpty() || !d.keyTasks().isEmpty()) {
      out.add(new Paragraph("一、总体绩效目标", true));
      d.overallGoals().introduction().ifPresent(i -> lines(i, out));
      if (d.keyTasks().isEmpty()) {
        statements(d.overallGoals(), out);
      } else {
        out.add(new Paragraph("（一）总体目标", true));
        statements(d.overallGoals(), out);
        out.add(new Paragraph("（二）工作重点", true));
        d.keyTasks().introduction().ifPresent(i -> lines(i, out));
        statements(d.keyTasks(), out);
      }
    }
    section("二、分项绩效目标", d.itemisedGoals(), out);
    section("三、工作保障措施", d.safeguardMeasures(), out);
    return out;
  }

  static List<Paragraph> partTwo() {
    return List.of(new Paragraph("第二部分", true), new Paragraph("预算项目绩效目标", true));
  }

  /** {@code 1.2025年基层团组织经费绩效目标表}: the year first unless the project's name begins with it. */
  static Paragraph title(int number, ProjectTargetTable t) {
    String name = t.projectName().orElse("项目");
    String year = t.fiscalYear().map(Year::getValue).map(y -> y + "年").orElse("");
    return new Paragraph(number + "." + (name.startsWith(year) ? "" : year) + name + "绩效目标表", true);
  }

  private static void section(String heading, TargetSection s, List<Paragraph> out) {
    if (s.isEmpty()) {
      return;
    }
    out.add(new Paragraph(heading, true));
    s.introduction().ifPresent(i -> lines(i, out));
    statements(s, out);
  }

  /**
   * A statement whose title is a short sentence is written {@code 1.title text}, as the reader splits it; any
   * other title stands on its own line as {@code （一）title}, the text in the paragraphs after it.
   */
  private static void statements(TargetSection s, List<Paragraph> out) {
    List<TargetStatement> statements = s.statements();
    for (int i = 0; i < statements.size(); i++) {
      TargetStatement st = statements.get(i);
      String title = st.title().orElse("");
      if (title.isEmpty() || title.length() <= TITLE_MAX && title.indexOf('。') == title.length() - 1
          && !st.text().isEmpty()) {
        lines((i + 1) + "." + title + st.text(), out);
      } else {
        out.add(new Paragraph("（" + subsection(i) + "）" + title, false));
        lines(st.text(), out);
      }
    }
  }

  private static String subsection(int i) {
    return i < SUBSECTION_NUMBERS.length ? SUBSECTION_NUMBERS[i] : String.valueOf(i + 1);
  }

  private static void lines(String text, List<Paragraph> out) {
    for (String line : text.split("\n", -1)) {
      out.add(new Paragraph(line, false));
    }
  }
}
