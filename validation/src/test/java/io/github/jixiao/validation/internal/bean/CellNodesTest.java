package io.github.jixiao.validation.internal.bean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.TableField;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
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

/** The nodes of a violation added at a cell's address. */
class CellNodesTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void aTableCellPrintsAsItsPropertiesInTheModel() {
    assertThat(pathOf(CellAddress.of(0, TableField.OTHER_FUNDS), false)).isEqualTo("budget.otherFunds");
    assertThat(pathOf(CellAddress.of(0, TableField.BUDGET), false)).isEqualTo("budget.total");
    assertThat(pathOf(CellAddress.of(0, TableField.UNIT_CODE), false)).isEqualTo("unit.code");
    assertThat(pathOf(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底"), false))
        .isEqualTo("spendingPlan");
    assertThat(pathOf(CellAddress.of(0, TableField.TABLE), false)).isEmpty();
  }

  @Test
  void aRowCellAndAWholeColumnPrintUnderTheIndicators() {
    assertThat(pathOf(CellAddress.of(0, 3, TableField.TARGET), false)).isEqualTo("indicators[3].target");
    assertThat(pathOf(CellAddress.of(0, 6, TableField.UNIT_OF_MEASURE), false))
        .isEqualTo("indicators[6].unitOfMeasure");
    assertThat(pathOf(CellAddress.of(0, TableField.CATEGORY).withDetail("满意度指标"), false))
        .isEqualTo("indicators");
  }

  @Test
  void inADocumentTheTablesPositionComesFirst() {
    assertThat(pathOf(CellAddress.of(1, 12, TableField.TARGET), true)).isEqualTo("tables[1].indicators[12].target");
    assertThat(pathOf(CellAddress.of(1, TableField.BUDGET), true)).isEqualTo("tables[1].budget.total");
    assertThat(pathOf(CellAddress.of(1, TableField.TABLE), true)).isEqualTo("tables[1]");
  }

  @Test
  void aContainersIndexIsOnTheNodeThatFollowsIt() {
    List<Path.Node> nodes = nodes(violationAt(CellAddress.of(1, 12, TableField.TARGET), true));
    assertThat(nodes).extracting(Path.Node::getName).containsExactly("tables", "indicators", "target");
    assertThat(nodes).extracting(Path.Node::getIndex).containsExactly(null, 1, 12);
    assertThat(nodes).extracting(Path.Node::isInIterable).containsExactly(false, true, true);
  }

  @Test
  void aPathEndingInAnIndexEndsInTheElementsBeanNode() {
    List<Path.Node> nodes = nodes(violationAt(CellAddress.of(4, TableField.TABLE), true));
    assertThat(nodes).extracting(Path.Node::getName).containsExactly("tables", null);
    assertThat(nodes.get(1).getIndex()).isEqualTo(4);
  }

  private static String pathOf(CellAddress address, boolean inDocument) {
    return violationAt(address, inDocument).getPropertyPath().toString();
  }

  private static ConstraintViolation<Located> violationAt(CellAddress address, boolean inDocument) {
    Set<ConstraintViolation<Located>> violations = VALIDATOR.validate(new Located(address, inDocument));
    assertThat(violations).hasSize(1);
    return violations.iterator().next();
  }

  private static List<Path.Node> nodes(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    return nodes;
  }

  /** An object whose one violation sits at {@code address}. */
  @AtItsAddress
  record Located(CellAddress address, boolean inDocument) {}

  @Constraint(validatedBy = AtItsAddressValidator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface AtItsAddress {
    String message() default "at its address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class AtItsAddressValidator implements ConstraintValidator<AtItsAddress, Located> {
    @Override
    public boolean isValid(Located located, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      CellNodes.addAt(context.buildConstraintViolationWithTemplate("at its address"), located.inDocument(),
          located.address());
      return false;
    }
  }
}
