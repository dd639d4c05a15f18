package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheets handed over as rows of cell texts, as a workbook reader hands them. */
class WorkbookSheetsTest {
  private static final List<String> HEADER = List.of("项目编码", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值");

  private static SheetReader.Sheet sheet(String name, List<String> firstIndicator, List<String> secondIndicator) {
    return new SheetReader.Sheet(name, List.of(new SheetReader.Row(2, HEADER),
        new SheetReader.Row(3, firstIndicator), new SheetReader.Row(5, secondIndicator)));
  }

  @Test
  void readsTwoSheetsAsOneListLocatingCellsBySheetAndReference() {
    SheetReader.Sheet wei = sheet("魏县", List.of("13043425P00437410002E", "2025年特困生救助金", "5.00", "产出指标", "数量指标",
        "全县特困生救助人数", "100人"), List.of("", "", "", "", "成本指标", "发放救济物品资金金额", "≤5万元"));
    SheetReader.Sheet other = sheet("2025 定州", List.of("13068221P0001", "共青团工作经费", "8.00", "产出指标", "数量指标",
        "开展活动次数", "≥10次"), List.of("", "", "", "满意度指标", "服务对象满意度指标", "参与青年满意度", "≥90%"));
    ReadResult<List<ProjectTargetTable>> r = SheetReader.create().read("targets.xlsx", List.of(wei, other));
    assertThat(r.value()).extracting(t -> t.projectName().orElseThrow()).containsExactly("2025年特困生救助金", "共青团工作经费");
    assertThat(r.value().get(0).indicators().get(1).categoryLabel()).isEqualTo("产出指标");
    SourceLocation cost = r.sourceMap().orElseThrow().locate(CellAddress.of(0, 1, TableField.TARGET)).orElseThrow();
    assertThat(cost.reference()).contains("魏县!G5");
    assertThat(cost).hasToString("targets.xlsx 魏县!G5 (指标值) tables[0].indicators[1].target");
    SourceLocation budget = r.sourceMap().orElseThrow().locate(CellAddress.of(1, TableField.BUDGET)).orElseThrow();
    assertThat(budget.reference()).contains("'2025 定州'!C3");
    assertThat(r.sourceMap().orElseThrow().table(1)).contains(SourceSpan.rows("targets.xlsx", "2025 定州", 3, 5));
    assertThat(SourceSpan.rows("targets.xlsx", "2025 定州", 3, 5)).hasToString("targets.xlsx 2025 定州 rows 3–5");
  }

  @Test
  void keepsAnAmountThatIsNoNumberLocatedAtItsCellReference() {
    SheetReader.Sheet bad = sheet("Sheet1", List.of("13043425P00437410002E", "2025年特困生救助金", "五万元", "产出指标", "数量指标",
        "全县特困生救助人数", "100人"), List.of("", "", "", "", "成本指标", "发放救济物品资金金额", "≤5万元"));
    ReadResult<List<ProjectTargetTable>> r = SheetReader.create().read("bad.xlsx", List.of(bad));
    assertThat(r.value().get(0).budget().totalCell().map(WrittenAmount::text)).contains("五万元");
    assertThat(r.sourceMap().orElseThrow().cell(0, TableField.BUDGET).orElseThrow().reference()).contains("Sheet1!C3");
  }

  @Test
  void refusesAWorkbookWhoseSheetsAreAllEmpty() {
    ReadException e = catchThrowableOfType(ReadException.class, () -> SheetReader.create().read("empty.xlsx",
        List.of(new SheetReader.Sheet("Sheet1", List.of(new SheetReader.Row(1, List.of("", " ")))))));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-003");
  }

  @Test
  void aCsvLocationHasNoSheetAndNoReference() {
    SourceLocation csv = SourceLocation.at("wei.csv", 9, 0).withCell("指标值");
    assertThat(csv.sheet()).isEmpty();
    assertThat(csv.reference()).isEmpty();
    assertThat(csv).hasToString("wei.csv row 9 column 指标值");
    assertThat(SourceLocation.at("a.xlsx", 9, 28).withSheet("it's")).extracting(l -> l.reference().orElseThrow())
        .isEqualTo("'it''s'!AB9");
  }
}
