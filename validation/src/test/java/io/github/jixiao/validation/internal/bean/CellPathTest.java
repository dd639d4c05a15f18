package io.github.jixiao.validation.internal.bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The nodes of a violation added at a finding's property path. */
class CellPathTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void aPathPrintsAsTheFindingWroteIt() {
    for (String path : List.of("", "spendingPlan", "budget.otherFunds", "indicators[3].target",
        "tables[1].indicators[12].target", "tables[1]", "tables[1].budget.total", "indicators[0]")) {
      assertThat(violationAt(path).getPropertyPath()).as(path).hasToString(path);
    }
  }

  @Test
  void aContainersIndexIsOnTheNodeThatFollowsIt() {
    List<Path.Node> nodes = nodes(violationAt("tables[1].indicators[12].target"));
    assertThat(nodes).extracting(Path.Node::getName).containsExactly("tables", "indicators", "target");
    assertThat(nodes).extracting(Path.Node::getIndex).containsExactly(null, 1, 12);
    assertThat(nodes).extracting(Path.Node::isInIterable).containsExactly(false, true, true);
  }

  @Test
  void aPathEndingInAnIndexEndsInTheElementsBeanNode() {
    List<Path.Node> nodes = nodes(violationAt("indicators[4]"));
    assertThat(nodes).extracting(Path.Node::getName).containsExactly("indicators", null);
    assertThat(nodes.get(1).getIndex()).isEqualTo(4);
  }

  @Test
  void aMalformedSegmentIsRefused() {
    for (String path : List.of("indicators[x].target", "budget..total", "[3].target", "indicators[3",
        "indicators[].target", "unit.", "指标.target", "indicators[3]x.target")) {
      assertThatThrownBy(() -> violationAt(path)).as(path).isInstanceOf(ValidationException.class)
          .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining("not a property path segment");
    }
  }

  private static ConstraintViolation<Located> violationAt(String path) {
    Set<ConstraintViolation<Located>> violations = VALIDATOR.validate(new Located(path));
    assertThat(violations).hasSize(1);
    return violations.iterator().next();
  }

  private static List<Path.Node> nodes(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    return nodes;
  }

  /** An object whose one violation sits at {@code path}. */
  @AtItsPath
  record Located(String path) {}

  @Constraint(validatedBy = AtItsPathValidator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface AtItsPath {
    String message() default "at its path";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class AtItsPathValidator implements ConstraintValidator<AtItsPath, Located> {
    @Override
    public boolean isValid(Located located, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      CellPath.addAt(context.buildConstraintViolationWithTemplate("at its path"), located.path());
      return false;
    }
  }
}
