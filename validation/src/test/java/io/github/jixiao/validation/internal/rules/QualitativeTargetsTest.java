package io.github.jixiao.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualitativeTargetsTest {
  @Test
  void gradesAndOutcomesAreTargets() {
    assertThat(List.of("优良", "良好", "持续改善", "效果明显", "达到预期目标", "有效提升", "是", "合格", "无安全事故",
        "所发物品提高儿童学习积极性")).allMatch(t -> QualitativeTargets.isJudgement(t, "", ""));
  }

  @Test
  void namesAndActivitiesAreNot() {
    assertThat(List.of("组织培训班次", "开展科普等相关活动", "参加志愿服务活动人数", "志愿者派遣数量", "宣传活动次数",
        "科普调查满意度", "救济物品主要是学习和生活用品")).noneMatch(t -> QualitativeTargets.isJudgement(t, "", ""));
  }

  @Test
  void aValueThatRepeatsTheNameOrDescriptionIsNoTarget() {
    assertThat(QualitativeTargets.isJudgement("服务质量提升", "服务质量提升", "")).isFalse();
    assertThat(QualitativeTargets.isJudgement(" 有效改善环境 ", "环境", "有效改善环境")).isFalse();
  }

  @Test
  void theConstraintsShareTheTest() {
    assertThat(TargetValueRules.holdsValue("≥22个")).isTrue();
    assertThat(TargetValueRules.holdsValue("优良")).isTrue();
    assertThat(TargetValueRules.holdsValue("组织培训班次")).isFalse();
    assertThat(TargetValueRules.holdsValue("  ")).isFalse();
    assertThat(CodeRules.isProjectCode("13068221E88N3FCA3CGT1")).isTrue();
    assertThat(CodeRules.isUnitCode("712001")).isTrue();
  }
}
