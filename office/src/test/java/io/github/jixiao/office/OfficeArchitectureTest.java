package io.github.jixiao.office;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Office files reach the tables through serialization's public entries only: never validation, never the
 * JSON/XML codecs.
 */
class OfficeArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.office");

  @Test
  void officeNeverDependsOnValidationOrTheJacksonCodecs() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.jixiao.validation..",
        "jakarta.validation..", "io.github.jixiao.serialization.json..", "io.github.jixiao.serialization.xml..",
        "io.github.jixiao.serialization.jackson..", "tools.jackson..").check(CLASSES);
  }

  @Test
  void officeUsesOnlySerializationsExportedPackages() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.jixiao.serialization.internal..",
        "io.github.jixiao.serialization.spi..").check(CLASSES);
  }

  @Test
  void nothingOutsideOfficeInternalReachesIntoIt() {
    noClasses().that().resideOutsideOfPackage("io.github.jixiao.office.internal..").should().dependOnClassesThat()
        .resideInAPackage("io.github.jixiao.office.internal..").check(CLASSES);
  }
}
