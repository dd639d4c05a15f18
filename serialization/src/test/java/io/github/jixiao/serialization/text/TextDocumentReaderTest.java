package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.DepartmentTargets;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.TargetStatement;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Our own documents in the layout of the two published seeds: the tables carry the seeds' facts, so they must
 * read as the builder-made {@link SeedTables}; Part 1 is in our own words.
 */
class TextDocumentReaderTest {
  private final TextDocumentReader reader = TextDocumentReader.create();

  private ReadResult<PerformanceTargetDocument> read(String name) {
    return reader.read(TextCorpus.stream(name), name);
  }

  @Test
  void readsEveryDingzhouLayoutTableAsTheSeedFixturesWithTheLastOneCutOff() {
    ReadResult<PerformanceTargetDocument> r = read("dingzhou-2021-layout.txt");
    assertThat(r.value().tables()).containsExactlyElementsOf(SeedTables.dingzhou2021());
    assertThat(r.value().tables().get(2).complete()).isFalse();
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-020");
      assertThat(w.severity()).isEqualTo(ReadProblem.Severity.WARNING);
      assertThat(w.location().line()).hasValue(387);
      assertThat(w.message()).contains("line 387", "table 3", "indicator row 8", "5 of 6 cells");
    });
  }

  @Test
  void readsEveryWeiLayoutTableAsTheSeedFixtures() {
    ReadResult<PerformanceTargetDocument> r = read("wei-2025-layout.txt");
    assertThat(r.value().tables()).containsExactlyElementsOf(SeedTables.wei2025());
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void takesTheDocumentYearFromTheIntroductionOrFromTheTableTitles() {
    PerformanceTargetDocument dingzhou = read("dingzhou-2021-layout.txt").value();
    PerformanceTargetDocument wei = read("wei-2025-layout.txt").value();
    assertThat(dingzhou.fiscalYear()).contains(Year.of(2021));
    assertThat(wei.fiscalYear()).contains(Year.of(2025));
    assertThat(wei.unit()).contains(BudgetUnit.of("712001", "中国共产主义青年团魏县委员会本级"));
  }

  @Test
  void splitsDingzhouOverallGoalsFromKeyTasksAndReadsTitlesAndIntroductions() {
    DepartmentTargets part1 = read("dingzhou-2021-layout.txt").value().overview();
    assertThat(part1.overallGoals().introduction()).contains("2021年，团市委围绕全市中心工作谋划全年任务，主要目标如下：");
    assertThat(part1.overallGoals().statements()).containsExactly(
        TargetStatement.of("坚持政治引领，组织青年学习党的创新理论。"),
        TargetStatement.of("落实青年发展规划，为青年成长提供服务。"));
    assertThat(part1.keyTasks().statements()).containsExactly(
        TargetStatement.of("从严治团。", "规范团员发展程序，开展基层组织整顿。"),
        TargetStatement.of("“青年大学习”行动。", "组织团员青年按期参加网上学习。"),
        TargetStatement.of("完成上级交办的其他工作。"));
    assertThat(part1.itemisedGoals().introduction()).contains("2021年，团市委将从以下几个方面推进工作。");
    assertThat(part1.itemisedGoals().statements()).containsExactly(
        TargetStatement.of("服务招商引资", "发动青年社团参与招商宣传，为项目洽谈提供志愿服务。"),
        TargetStatement.of("推进团建工作", "结合党建工作加强基层团组织建设。"));
    assertThat(part1.safeguardMeasures().introduction()).contains("为完成年度目标，采取以下保障措施：");
    assertThat(part1.safeguardMeasures().statements()).extracting(s -> s.title().orElse(""))
        .containsExactly("加强组织建设", "用好新媒体");
  }

  @Test
  void readsWeiNumberedLinesSkippingTheRepeatedHeadingAndSplittingARunOnStatement() {
    DepartmentTargets part1 = read("wei-2025-layout.txt").value().overview();
    assertThat(part1.overallGoals().introduction()).isEmpty();
    assertThat(part1.overallGoals().statements()).containsExactly(
        TargetStatement.of("围绕县委中心工作开展团的工作，服务全县发展大局；"),
        TargetStatement.of("做好青年就业创业服务。", "开展电商培训和就业培训各1期。"),
        TargetStatement.of("做好困难学生救助工作；"),
        TargetStatement.of("推进“智慧团建”系统应用，规范团员信息管理。"),
        TargetStatement.of("深化青年志愿服务。", "组建志愿服务队伍，全年开展志愿服务活动。"));
    assertThat(part1.keyTasks().isEmpty()).isTrue();
    assertThat(part1.itemisedGoals().statements()).hasSize(3);
    assertThat(part1.safeguardMeasures().statements()).containsExactly(
        TargetStatement.of("结合县情确定年度工作重点。"), TargetStatement.of("健全党建带团建机制，做好考核保障。"));
  }

  @Test
  void knowsTheLinesOfEveryTableIndicatorAndCell() {
    SourceMap map = read("wei-2025-layout.txt").sourceMap().orElseThrow();
    String[] lines = TextCorpus.text("wei-2025-layout.txt").split("\n", -1);
    SourceSpan table = map.table(1).orElseThrow();
    assertThat(lines[table.first() - 1]).endsWith("2.2025年特困生救助金绩效目标表");
    assertThat(lines[map.cell(1, 6, TableField.TARGET).orElseThrow().line().getAsInt() - 1]).isEqualTo("\t≤100%");
    assertThat(map.cell(0, TableField.BUDGET).orElseThrow().toString())
        .isEqualTo("wei-2025-layout.txt:" + lineOf(lines, "\t5.00") + ":2 tables[0].budget");
    assertThat(map.indicator(0, 0).orElseThrow().last() - map.indicator(0, 0).orElseThrow().first()).isEqualTo(5);
    // a category inherited from the row above is located where the indicator's own row says it is blank
    assertThat(lines[map.cell(0, 1, TableField.CATEGORY).orElseThrow().line().getAsInt() - 1]).isEqualTo("\t");
    assertThat(map.locate(CellAddress.of(0, 2, TableField.WEIGHT))).hasValue(map.indicator(0, 2).orElseThrow().start());
  }

  private static int lineOf(String[] lines, String text) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + text);
  }
}
