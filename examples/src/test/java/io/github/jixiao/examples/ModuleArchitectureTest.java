package io.github.jixiao.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the SDK's modules, checked here because only this module sees them all:
 * core depends on no other module and on no library; validation and serialization never on each other;
 * no SDK class knows Spring or the examples.
 */
class ModuleArchitectureTest {
  private static final JavaClasses SDK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar"))   // core's test fixtures, as a jar
      .importPackages("io.github.jixiao.core", "io.github.jixiao.validation", "io.github.jixiao.serialization");
  private static final JavaClasses SDK_AND_EXAMPLES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("io.github.jixiao");

  @Test
  void importsTheClassesOfEveryModuleButNoTest() {
    assertThat(SDK.containPackage("io.github.jixiao.core")).isTrue();
    assertThat(SDK.containPackage("io.github.jixiao.validation.internal.rules")).isTrue();
    assertThat(SDK.containPackage("io.github.jixiao.serialization.jackson")).isTrue();
    assertThat(SDK.containPackage("io.github.jixiao.core.fixtures")).isFalse();
  }

  @Test
  void coreDependsOnNoOtherModuleAndNoLibrary() {
    noClasses().that().resideInAPackage("io.github.jixiao.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.jixiao.validation..",
            "io.github.jixiao.serialization..", "jakarta..", "tools.jackson..", "com.fasterxml..", "org.hibernate..")
        .check(SDK);
  }

  @Test
  void validationNeverDependsOnSerialization() {
    noClasses().that().resideInAPackage("io.github.jixiao.validation..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.jixiao.serialization..", "tools.jackson..")
        .check(SDK);
  }

  @Test
  void serializationNeverDependsOnValidation() {
    noClasses().that().resideInAPackage("io.github.jixiao.serialization..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.jixiao.validation..", "jakarta.validation..",
            "org.hibernate..")
        .check(SDK);
  }

  /**
   * The module path enforces this for modular users; on the class path, where most users are, this rule does:
   * a module's {@code internal} packages are used by that module alone.
   */
  @Test
  void noModuleTouchesAnotherModulesInternals() {
    classes().should(new ArchCondition<JavaClass>("use no internal package of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          if (target.contains(".internal") && !module(target).equals(module(origin.getPackageName()))) {
            events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
          }
        }
      }
    }).check(SDK_AND_EXAMPLES);
  }

  /** {@code io.github.jixiao.validation.internal.rules} belongs to {@code io.github.jixiao.validation}. */
  private static String module(String packageName) {
    String[] parts = packageName.split("\\.");
    return parts.length < 4 ? packageName : String.join(".", parts[0], parts[1], parts[2], parts[3]);
  }

  @Test
  void noSdkClassKnowsSpringOrTheExamples() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "io.github.jixiao.examples..")
        .check(SDK);
  }
}
