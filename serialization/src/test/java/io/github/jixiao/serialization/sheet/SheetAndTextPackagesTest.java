package io.github.jixiao.serialization.sheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The sheet and text formats stand alone: each on core and the shared error types only, and small in API
 * (the reader or writer; the rest is in their internal packages).
 */
class SheetAndTextPackagesTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.serialization.sheet", "io.github.jixiao.serialization.text",
          "io.github.jixiao.serialization.internal.sheet", "io.github.jixiao.serialization.internal.text");

  @Test
  void sheetAndTextUseOnlyTheJdkCoreAndTheSharedTypes() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.github.jixiao.core..",
            "io.github.jixiao.serialization", "io.github.jixiao.serialization.internal",
            "io.github.jixiao.serialization.sheet", "io.github.jixiao.serialization.text",
            "io.github.jixiao.serialization.internal.sheet", "io.github.jixiao.serialization.internal.text")
        .check(CLASSES);
  }

  @Test
  void sheetAndTextDoNotKnowEachOther() {
    noClasses().that().resideInAnyPackage("..serialization.sheet", "..serialization.internal.sheet")
        .should().dependOnClassesThat().resideInAnyPackage("..serialization.text", "..serialization.internal.text")
        .check(CLASSES);
    noClasses().that().resideInAnyPackage("..serialization.text", "..serialization.internal.text")
        .should().dependOnClassesThat().resideInAnyPackage("..serialization.sheet", "..serialization.internal.sheet")
        .check(CLASSES);
  }

  @Test
  void theApiPackagesHoldOnlyTheFacades() {
    classes().that().resideInAnyPackage("..serialization.sheet", "..serialization.text").and().arePublic()
        .and().areTopLevelClasses()
        .should().haveSimpleNameEndingWith("Reader").orShould().haveSimpleNameEndingWith("Writer")
        .check(CLASSES);
  }
}
