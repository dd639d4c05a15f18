package io.github.jixiao.serialization;

import io.github.jixiao.core.DepartmentTargets;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.TargetSection;
import io.github.jixiao.core.TargetStatement;
import io.github.jixiao.core.fixtures.SeedTables;

/** The two seed documents as whole documents: their tables, and short department targets in our own words. */
final class Documents {
  private Documents() {}

  static PerformanceTargetDocument wei2025() {
    return PerformanceTargetDocument.builder()
        .fiscalYear(2025)
        .unit(SeedTables.WEI_UNIT)
        .overview(DepartmentTargets.builder()
            .overallGoals(TargetSection.of("开展有特色的共青团工作", "举办就业培训班两期"))
            .itemisedGoals(TargetSection.of("加强青少年思想引领"))
            .safeguardMeasures(TargetSection.of("党团共建"))
            .build())
        .tables(SeedTables.wei2025())
        .build();
  }

  static PerformanceTargetDocument dingzhou2021() {
    return PerformanceTargetDocument.builder()
        .fiscalYear(2021)
        .unit(SeedTables.DINGZHOU_UNIT)
        .overview(DepartmentTargets.builder()
            .overallGoals(TargetSection.builder().introduction("团市委2021年工作目标如下").addStatement(
                TargetStatement.of("关心青少年成长")).build())
            .keyTasks(TargetSection.builder().addStatement(TargetStatement.of("从严治团。", "规范发展团员工作"))
                .build())
            .build())
        .tables(SeedTables.dingzhou2021())
        .build();
  }
}
