package io.github.jixiao.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Core has no runtime dependency: its classes use only the JDK and each other. Immutables' annotations stay
 * in the class files (they are how the generated code was asked for), but nothing calls or creates anything
 * of Immutables, and the annotations are absent at run time without harm.
 */
@AnalyzeClasses(packages = "io.github.jixiao.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule usesOnlyTheJdkAndItself = classes()
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "io.github.jixiao.core..", "org.immutables.value..")
      .because("jixiao-core has no runtime dependency (docs/design.md)");

  @ArchTest
  static final ArchRule usesImmutablesOnlyAsAnnotations = noClasses()
      .should().accessClassesThat().resideInAPackage("org.immutables..")
      .orShould().dependOnClassesThat(are(annotations()).negate().and(resideInAPackage("org.immutables..")))
      .because("Immutables is a compile-time processor (scope provided), never called at run time");

  private static DescribedPredicate<JavaClass> annotations() {
    // Nested enums of an annotation (Value.Style.ImplementationVisibility) are annotation members too.
    return describe("annotations", c -> c.isAnnotation()
        || c.getEnclosingClass().map(JavaClass::isAnnotation).orElse(false)
        || c.getEnclosingClass().flatMap(JavaClass::getEnclosingClass).map(JavaClass::isAnnotation).orElse(false));
  }

  @ArchTest
  static final ArchRule theModelKnowsNothingOfItsScoring = noClasses()
      .that().resideInAPackage("io.github.jixiao.core")
      .should().dependOnClassesThat().resideInAPackage("io.github.jixiao.core.scoring..")
      .because("a policy reads the model; the model is the same whatever policy scores it");

  @ArchTest
  static final ArchRule generatedImplementationsStayHidden = noClasses()
      .that().haveSimpleNameStartingWith("Immutable")
      .should().bePublic()
      .because("users reach the model through the abstract types and their builders");
}
