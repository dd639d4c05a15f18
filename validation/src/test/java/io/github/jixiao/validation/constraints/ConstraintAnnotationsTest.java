package io.github.jixiao.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.validation.ValidationPolicy;
import io.github.jixiao.validation.bean.BeanValidation;
import io.github.jixiao.validation.bean.Quality;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConstraintAnnotationsTest {
  /** A user's own form, as a Spring controller would receive it with {@code @Valid}. */
  record ProjectForm(@UnitCode String unitCode, @ProjectCode String projectCode,
      List<@TargetValueText String> targets, @TargetValueText(maxLength = 8) String shortTarget) {}

  /**
   * A form that repeats the constraints: the target held to the column's 60 characters and, as a quality
   * hint, to 8; the unit code checked again in the quality group with the form's own message.
   */
  record ReviewedForm(@TargetValueText @TargetValueText(maxLength = 8, groups = Quality.class) String target,
      @UnitCode @UnitCode(groups = Quality.class, message = "单位编码应为 6 位数字") String unitCode) {}

  private static final Validator EN = BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH);
  private static final Validator ZH = BeanValidation.validator(ValidationPolicy.national(), Locale.CHINA);

  @Test
  void acceptsTheSeedsCodesAndValues() {
    ProjectForm ok = new ProjectForm("712001", "13068221E88N3FCA3CGT1",
        List.of("≥22个", "≥90%", "2025年12月底完成", "≤5万", "100人", "优良", "持续改善"), "≥90%");
    assertThat(EN.validate(ok)).isEmpty();
    assertThat(EN.validate(new ProjectForm(null, null, List.of(), null))).isEmpty();
  }

  @Test
  void rejectsMalformedCodesAndNamesInTheValueCell() {
    ProjectForm bad = new ProjectForm("71200", "1306822E88N3FCA3CGT1",
        List.of("≥22个", "组织培训班次", " "), "2025年12月底前完成");
    Set<ConstraintViolation<ProjectForm>> violations = EN.validate(bad);
    assertThat(violations).extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .containsExactlyInAnyOrder(
            "unitCode: must be a unit code of 6 digits",
            "projectCode: must be a project code of 21 characters: a 6-digit division code, a 2-digit year and 13 "
                + "digits or capital letters",
            "targets[1].<list element>: must state a target value (a number with its unit, a deadline or a "
                + "qualitative grade) of at most 60 characters, not a name or an activity",
            "targets[2].<list element>: must state a target value (a number with its unit, a deadline or a "
                + "qualitative grade) of at most 60 characters, not a name or an activity",
            "shortTarget: must state a target value (a number with its unit, a deadline or a qualitative grade) of "
                + "at most 8 characters, not a name or an activity");
    assertThat(ZH.validate(bad)).extracting(ConstraintViolation::getMessage).contains("应为 6 位数字的单位编码");
  }

  @Test
  void neverEvaluatesTheValueInTheMessage() {
    for (String hostile : List.of("${1+1}", "#{1+1}", "{maxLength}", "{validatedValue}")) {
      Set<ConstraintViolation<ProjectForm>> violations = EN.validate(new ProjectForm(hostile, hostile,
          List.of(hostile), null));
      assertThat(violations).hasSize(3).extracting(ConstraintViolation::getMessage)
          .noneMatch(m -> m.contains("2") && !m.contains("2-digit")).allMatch(m -> m.startsWith("must "));
      assertThat(violations).extracting(ConstraintViolation::getInvalidValue).containsOnly(hostile);
    }
  }

  @Test
  void rejectsCodesOfTheWrongShape() {
    assertThat(List.of("13043425P00450110058b", "99043425P00450110058B", "13043425P00450110058B1", "1304342"))
        .allSatisfy(code -> assertThat(EN.validate(new ProjectForm(null, code, List.of(), null))).hasSize(1));
    assertThat(List.of("7120011", "71200a", "712 01"))
        .allSatisfy(code -> assertThat(EN.validate(new ProjectForm(code, null, List.of(), null))).hasSize(1));
  }

  @Test
  void checksEachRepeatedDeclarationInItsOwnGroup() {
    ReviewedForm longTarget = new ReviewedForm("2025年12月底前完成", "712001");
    assertThat(EN.validate(longTarget)).isEmpty();
    assertThat(EN.validate(longTarget, Quality.class))
        .extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .containsExactly("target: must state a target value (a number with its unit, a deadline or a qualitative "
            + "grade) of at most 8 characters, not a name or an activity");

    ReviewedForm badCode = new ReviewedForm("≥22个", "71200");
    assertThat(EN.validate(badCode)).extracting(ConstraintViolation::getMessage)
        .containsExactly("must be a unit code of 6 digits");
    assertThat(EN.validate(badCode, Quality.class)).extracting(ConstraintViolation::getMessage)
        .containsExactly("单位编码应为 6 位数字");
  }
}
