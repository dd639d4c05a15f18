package io.github.jixiao.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CliArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.cli");

  @Test
  void onlyTheCommandItselfIsPublic() {
    classes().that().doNotHaveSimpleName("Jixiao").and().areTopLevelClasses()
        .should().notBePublic().check(CLASSES);
  }

  @Test
  void theCommandUsesTheSdksFacadesNotTheirInternals() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.github.jixiao..internal..", "io.github.jixiao.serialization.jackson..")
        .check(CLASSES);
  }

  @Test
  void theCommandImportsNothingFromJackson() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }
}
