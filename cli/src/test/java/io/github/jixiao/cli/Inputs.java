package io.github.jixiao.cli;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.sheet.SheetWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Input files for the command's tests, written from the seed tables into a temporary directory. */
final class Inputs {
  private Inputs() {}

  /** Wei county's table 1 with its defects put right: no finding at all. */
  static ProjectTargetTable cleanWeiTable() {
    ProjectTargetTable t = SeedTables.weiGrassrootsOrganisations();
    return t.withFramework(IndicatorFramework.CLASSIC)
        .withBudget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"), Amount.wanYuan("0")))
        .withSpendingPlan(SpendingPlan.standard("30%", "30%", "100%", "100%"));
  }

  static Path json(Path dir, String name, List<ProjectTargetTable> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TableSequenceWriter w = JsonCodec.create().writeTables(bytes, JsonLayout.ARRAY)) {
      tables.forEach(w::write);
    }
    return write(dir.resolve(name), bytes.toByteArray());
  }

  static Path sheet(Path dir, String name, List<ProjectTargetTable> tables) {
    Path file = dir.resolve(name);
    SheetWriter.create().write(tables, file);
    return file;
  }

  static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    return write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * A published-text document in Word's text layout (a cell is a tab-led line, a blank line ends a row) with
   * the Wei county hardship-grant table: its ≤100% satisfaction target and blank 12月底 are defects.
   */
  static String weiText() {
    String[][] rows = {
        {"712001中国共产主义青年团魏县委员会本级", "单位：万元"},
        {"项目编码", "13043425P00437410002E", "项目名称", "2025年特困生救助金"},
        {"预算规模及资金用途", "预算数", "5.00", "其中：财政资金", "5.00", "其他资金", "0"},
        {"", "全县特困生救济100人"},
        {"资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"},
        {"", "30%", "30%", "100%", ""},
        {"绩效目标", "1.全县特困生救济100人"},
        {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"},
        {"产出指标", "数量指标", "全县特困生救助人数", "救助100人", "100人", "单位年度工作计划"},
        {"", "成本指标", "发放救济物品资金金额", "发放救济物品5万元", "≤5万元", "单位年度工作计划"},
        {"效益指标", "社会效益指标", "提高儿童学习积极性", "儿童更加热爱学习", "≥90%", "单位年度工作计划"},
        {"满意度指标", "服务对象满意度指标", "收益特困生满意度", "满意度达到100%", "≤100%", "问卷调查"},
    };
    StringBuilder b = new StringBuilder("第二部分\n预算项目绩效目标\n1.2025年特困生救助金绩效目标表\n");
    for (String[] row : rows) {
      for (String cell : row) {
        b.append('\t').append(cell).append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }
}
