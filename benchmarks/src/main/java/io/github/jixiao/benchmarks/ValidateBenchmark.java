package io.github.jixiao.benchmarks;

import io.github.jixiao.benchmarks.pojo.TablePojo;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationReport;
import io.github.jixiao.validation.bean.BeanValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a table: the native report over every rule ({@code sdk}), the same rules through the SDK's
 * Bean Validation surface ({@code beanValidation}), and Hibernate Validator on hand-written POJOs with the
 * field-level constraints a team would declare ({@code baseline}). The baseline checks far less (no
 * framework tree, no budget arithmetic, no duplicate rows, no reading of target values).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidateBenchmark {
  @Param({"12", "1200"})
  public int indicators;

  private ProjectTargetTable table;
  private TablePojo pojo;
  private TableValidator validator;
  private Validator beanValidator;
  private ValidatorFactory baselineFactory;
  private Validator baselineValidator;

  @Setup(Level.Trial)
  public void setUp() {
    table = BenchmarkTables.withIndicators(indicators, 1);
    pojo = TablePojo.of(table);
    validator = TableValidator.create();
    beanValidator = BeanValidation.validator();
    baselineFactory = Validation.buildDefaultValidatorFactory();
    baselineValidator = baselineFactory.getValidator();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    baselineFactory.close();
  }

  @Benchmark
  public ValidationReport sdk() {
    return validator.validate(table);
  }

  @Benchmark
  public Set<ConstraintViolation<ProjectTargetTable>> beanValidation() {
    return beanValidator.validate(table);
  }

  @Benchmark
  public Set<ConstraintViolation<TablePojo>> baseline() {
    return baselineValidator.validate(pojo);
  }
}
