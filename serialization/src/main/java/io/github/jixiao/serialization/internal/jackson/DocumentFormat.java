package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.core.DepartmentTargets;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.TargetSection;
import io.github.jixiao.core.TargetStatement;
import io.github.jixiao.serialization.spi.PropertyNames;
import java.util.List;

/**
 * Format version 1 of a whole published document (预算绩效目标): the department-wide targets (部门整体绩效目标)
 * and the project target tables.
 */
public final class DocumentFormat {
  // Each list is numbered by the constants of the class after it, in the same order: the walk switches on
  // those numbers, so a name is spelt once, here.
  private static final PropertyNames DOCUMENT_PROPERTIES = PropertyNames.of("formatVersion", "fiscalYear", "unit",
      "overview", "tables");

  private static final class DocumentProperty {
    static final int FORMAT_VERSION = 0;
    static final int FISCAL_YEAR = 1;
    static final int UNIT = 2;
    static final int OVERVIEW = 3;
    static final int TABLES = 4;
  }

  private static final PropertyNames OVERVIEW_PROPERTIES = PropertyNames.of("overallGoals", "keyTasks",
      "itemisedGoals", "safeguardMeasures");

  private static final class OverviewProperty {
    static final int OVERALL_GOALS = 0;
    static final int KEY_TASKS = 1;
    static final int ITEMISED_GOALS = 2;
    static final int SAFEGUARD_MEASURES = 3;
  }

  private static final PropertyNames SECTION_PROPERTIES = PropertyNames.of("introduction", "statements");

  private static final class SectionProperty {
    static final int INTRODUCTION = 0;
    static final int STATEMENTS = 1;
  }

  private static final PropertyNames STATEMENT_PROPERTIES = PropertyNames.of("title", "text");

  private static final class StatementProperty {
    static final int TITLE = 0;
    static final int TEXT = 1;
  }

  private DocumentFormat() {}

  public static void write(Emitter o, PerformanceTargetDocument d) {
    o.beginRoot("document");
    o.integer("formatVersion", TableFormat.VERSION);
    d.fiscalYear().ifPresent(y -> o.integer("fiscalYear", y.getValue()));
    d.unit().ifPresent(u -> TableFormat.writeUnit(o, u));
    o.beginObject("overview");
    writeSection(o, "overallGoals", d.overview().overallGoals());
    writeSection(o, "keyTasks", d.overview().keyTasks());
    writeSection(o, "itemisedGoals", d.overview().itemisedGoals());
    writeSection(o, "safeguardMeasures", d.overview().safeguardMeasures());
    o.endObject();
    o.beginList("tables");
    for (int i = 0; i < d.tables().size(); i++) {
      o.beginItem(i, "table");
      TableFormat.write(o, d.tables().get(i), false);
      o.endItem();
    }
    o.endList();
    o.endRoot();
  }

  private static void writeSection(Emitter o, String name, TargetSection s) {
    o.beginObject(name);
    o.optional("introduction", s.introduction().orElse(null));
    o.beginList("statements");
    List<TargetStatement> statements = s.statements();
    for (int i = 0; i < statements.size(); i++) {
      o.beginItem(i, "statement");
      o.beginItemObject();
      o.optional("title", statements.get(i).title().orElse(null));
      o.string("text", statements.get(i).text());
      o.endItemObject();
      o.endItem();
    }
    o.endList();
    o.endObject();
  }

  public static PerformanceTargetDocument read(Cursor c) {
    PerformanceTargetDocument.Builder b = PerformanceTargetDocument.builder();
    c.beginObject("a performance target document", DOCUMENT_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      switch (c.fieldNumber()) {
        case DocumentProperty.FORMAT_VERSION:
          TableFormat.checkVersion(c);
          break;
        case DocumentProperty.FISCAL_YEAR:
          b.fiscalYear(TableFormat.year(c));
          break;
        case DocumentProperty.UNIT:
          b.unit(TableFormat.readUnit(c));
          break;
        case DocumentProperty.OVERVIEW:
          b.overview(readOverview(c));
          break;
        case DocumentProperty.TABLES:
          c.beginList("the project target tables", "table");
          while (c.nextItem()) {
            b.addTable(TableFormat.read(c));
          }
          break;
        default:
          c.unknownField();
      }
    }
    return b.build();
  }

  private static DepartmentTargets readOverview(Cursor c) {
    DepartmentTargets.Builder b = DepartmentTargets.builder();
    c.beginObject("the department targets", OVERVIEW_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      switch (c.fieldNumber()) {
        case OverviewProperty.OVERALL_GOALS:
          b.overallGoals(readSection(c));
          break;
        case OverviewProperty.KEY_TASKS:
          b.keyTasks(readSection(c));
          break;
        case OverviewProperty.ITEMISED_GOALS:
          b.itemisedGoals(readSection(c));
          break;
        case OverviewProperty.SAFEGUARD_MEASURES:
          b.safeguardMeasures(readSection(c));
          break;
        default:
          c.unknownField();
      }
    }
    return b.build();
  }

  private static TargetSection readSection(Cursor c) {
    TargetSection.Builder b = TargetSection.builder();
    c.beginObject("a section of the department targets", SECTION_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      switch (c.fieldNumber()) {
        case SectionProperty.INTRODUCTION:
          b.introduction(c.string("the section's introduction"));
          break;
        case SectionProperty.STATEMENTS:
          c.beginList("the statements", "statement");
          while (c.nextItem()) {
            b.addStatement(readStatement(c));
          }
          break;
        default:
          c.unknownField();
      }
    }
    return b.build();
  }

  private static TargetStatement readStatement(Cursor c) {
    TargetStatement.Builder b = TargetStatement.builder();
    boolean hasText = false;
    c.beginObject("a statement", STATEMENT_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      switch (c.fieldNumber()) {
        case StatementProperty.TITLE:
          b.title(c.string("the statement's title"));
          break;
        case StatementProperty.TEXT:
          b.text(c.string("the statement's text"));
          hasText = true;
          break;
        default:
          c.unknownField();
      }
    }
    if (!hasText) {
      throw c.missing("text", "the statement's text");
    }
    return b.build();
  }
}
