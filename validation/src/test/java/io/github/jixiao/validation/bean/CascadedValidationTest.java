package io.github.jixiao.validation.bean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.validation.ValidationPolicy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Spring does with {@code @Valid}: it cascades into a table held by a form or passed to a method, with
 * the same plain {@link Validator}; the rules' violations keep their cell paths below the cascade.
 */
class CascadedValidationTest {
  private static final Validator VALIDATOR = BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH);

  /** A request body holding a table. */
  record Submission(@Valid ProjectTargetTable table) {}

  /** A service method as a controller or a {@code @Validated} bean declares it. */
  static final class Store {
    @SuppressWarnings("unused")
    void save(@Valid ProjectTargetTable table) {}
  }

  @Test
  void aTableInsideAFormIsValidatedThroughValid() {
    Set<ConstraintViolation<Submission>> violations = VALIDATOR.validate(new Submission(SeedTables.weiHardshipGrants()));
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("table.indicators[4].target", "table.indicators[6].target");
    assertThat(VALIDATOR.validate(new Submission(SeedTables.weiHardshipGrants()), Quality.class))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("table.budget.otherFunds", "table.spendingPlan", "table");
  }

  @Test
  void aTableParameterIsValidatedThroughValid() throws NoSuchMethodException {
    // Without javac -parameters the parameter is arg0; Spring names it through its own provider.
    Method save = Store.class.getDeclaredMethod("save", ProjectTargetTable.class);
    Set<ConstraintViolation<Store>> violations = VALIDATOR.forExecutables()
        .validateParameters(new Store(), save, new Object[] {SeedTables.weiHardshipGrants()});
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("save.arg0.indicators[4].target", "save.arg0.indicators[6].target");
    assertThat(VALIDATOR.forExecutables().validateParameters(new Store(), save,
        new Object[] {SeedTables.weiGrassrootsOrganisations()})).isEmpty();
  }
}
