package io.github.jixiao.serialization.sheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sheet and text formats stand alone: each on core and the shared error types only, and small in API. */
class SheetAndTextPackagesTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.serialization.sheet", "io.github.jixiao.serialization.text");

  @Test
  void sheetAndTextUseOnlyTheJdkCoreAndTheSharedTypes() {
    classes().that().resideInAnyPackage("..serialization.sheet..", "..serialization.text..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.github.jixiao.core..",
            "io.github.jixiao.serialization", "io.github.jixiao.serialization.sheet",
            "io.github.jixiao.serialization.text")
        .check(CLASSES);
  }

  @Test
  void sheetAndTextDoNotKnowEachOther() {
    noClasses().that().resideInAPackage("..serialization.sheet..")
        .should().dependOnClassesThat().resideInAPackage("..serialization.text..").check(CLASSES);
    noClasses().that().resideInAPackage("..serialization.text..")
        .should().dependOnClassesThat().resideInAPackage("..serialization.sheet..").check(CLASSES);
  }

  @Test
  void onlyTheFacadesArePublic() {
    classes().that().resideInAnyPackage("..serialization.sheet..", "..serialization.text..").and().arePublic()
        .and().areTopLevelClasses()
        .should().haveSimpleNameEndingWith("Reader").orShould().haveSimpleNameEndingWith("Writer")
        .check(CLASSES);
  }
}
