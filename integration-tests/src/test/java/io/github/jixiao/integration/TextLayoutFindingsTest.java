package io.github.jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.TableValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A defective table attached to a funding notice, rows written one a line with tab-separated cells: what the
 * validator finds in it is located at the line and column of the cell that holds the defect.
 */
class TextLayoutFindingsTest {
  private static final String NAME = "defective-notice-2025.txt";

  private final ReadResult<PerformanceTargetDocument> read =
      TextDocumentReader.create().read(TextLayoutFindingsTest.class.getResourceAsStream("/text/" + NAME), NAME);

  private String located(Finding f) {
    SourceLocation at = read.sourceMap().orElseThrow().locate(f.address()).orElseThrow();
    return f.rule().id() + " " + at.line().orElseThrow() + ":" + at.column().orElse(0);
  }

  @Test
  void pinsEachFindingOfTheAttachedTableAtItsCell() {
    List<String> findings = TableValidator.create().validate(read.value()).findings().stream()
        .map(this::located).toList();
    assertThat(findings).containsExactly(
        "JX-MONEY-001 12:13",   // 50.00 is not 40.00 + 5.00: the 年度资金总额 cell
        "JX-TREE-006 8:0",      // framework inferred: the table, from its title line
        "JX-VALUE-003 21:16",   // the timeliness target repeats the indicator's name
        "JX-MONEY-004 22:12",   // ≤60万元 of cost in a 50万元 project
        "JX-ROW-001 24:3",      // 受益农户数 twice: the second row's name cell
        "JX-VALUE-008 25:25");  // ≤100% satisfaction is always met
  }

  @Test
  void reportsTheNoticeTheUnitLineAndTheSupervisingDepartment() {
    assertThat(read.warnings()).extracting(ReadProblem::code).containsExactly("JX-TEXT-023", "JX-TEXT-023",
        "JX-TEXT-023", "JX-TEXT-023", "JX-TEXT-026", "JX-TEXT-027");
    assertThat(read.warnings()).extracting(w -> w.location().line().orElseThrow()).containsExactly(1, 3, 4, 6, 9, 10);
  }
}
