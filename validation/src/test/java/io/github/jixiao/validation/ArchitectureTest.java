package io.github.jixiao.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.ConstraintValidator;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.jixiao.validation");

  @Test
  void dependsOnlyOnTheJdkBeanValidationHibernateValidatorAndCore() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..",
        "org.hibernate.validator..", "io.github.jixiao.core..", "io.github.jixiao.validation..")
        .check(CLASSES);
  }

  @Test
  void neverDependsOnSerialization() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.jixiao.serialization..", "tools.jackson..")
        .check(CLASSES);
  }

  @Test
  void theRulesAreFreeOfBeanValidation() {
    noClasses().that().resideInAnyPackage("..validation", "..validation.internal", "..validation.internal.rules",
            "..validation.internal.evaluation")
        .should().dependOnClassesThat()
        .resideInAnyPackage("jakarta.validation..", "org.hibernate.validator..").check(CLASSES);
  }

  @Test
  void theRuleFamiliesArePackagePrivateButForTheSharedChecks() {
    classes().that().resideInAPackage("..validation.internal.rules").and().arePublic().should()
        .haveSimpleNameStartingWith("RuleRunner").orShould().haveSimpleNameStartingWith("FindingSink")
        .orShould().haveSimpleNameStartingWith("CodeRules").orShould().haveSimpleNameStartingWith("TargetValueRules")
        .check(CLASSES);
  }

  @Test
  void theEvaluationRuleFamiliesArePackagePrivateButForTheRunner() {
    classes().that().resideInAPackage("..validation.internal.evaluation").and().arePublic().should()
        .haveSimpleNameStartingWith("EvaluationRunner").orShould().haveSimpleNameStartingWith("EvaluationSink")
        .orShould().haveSimpleNameStartingWith("EvaluationSettings").check(CLASSES);
  }

  @Test
  void constraintValidatorsAreImplementationNotApi() {
    classes().that().implement(ConstraintValidator.class).should().resideInAPackage("..validation.internal..")
        .check(CLASSES);
  }

  @Test
  void noClassIsAUtilsHelperOrManager() {
    noClasses().should().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Helper")
        .orShould().haveSimpleNameEndingWith("Manager").check(CLASSES);
  }
}
