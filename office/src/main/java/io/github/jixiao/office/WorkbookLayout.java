package io.github.jixiao.office;

/**
 * How a workbook lays out its tables (工作簿版式). The reader tells the two apart sheet by sheet; the writer
 * writes the one it is given.
 */
public enum WorkbookLayout {
  /**
   * The indicator sheet's row layout (行式): a header row, then one row per indicator with the table's own cells
   * beside it, as the CSV sheet has it.
   */
  ROW,
  /**
   * The published template as filled in (表单式): a title row ({@code 2025年项目支出绩效目标表}), the money unit
   * ({@code 单位：万元}), a block of labels and values (项目名称, 项目编码, 预算单位, 项目资金, 资金支出计划,
   * 年度绩效目标), then the indicator grid with 一级指标 and 二级指标 merged down their rows; tables one after
   * another, each printing on its own page.
   */
  FORM
}
