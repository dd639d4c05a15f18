package io.github.jixiao.serialization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The JSON and XML packages stand apart, each with its implementation package; the shared Jackson module
 * knows neither codec.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.serialization");

  @Test
  void jsonAndXmlDoNotDependOnEachOther() {
    noClasses().that().resideInAnyPackage("..serialization.json..", "..serialization.internal.json..")
        .should().dependOnClassesThat().resideInAnyPackage("..serialization.xml..", "..serialization.internal.xml..")
        .check(CLASSES);
    noClasses().that().resideInAnyPackage("..serialization.xml..", "..serialization.internal.xml..")
        .should().dependOnClassesThat().resideInAnyPackage("..serialization.json..", "..serialization.internal.json..")
        .check(CLASSES);
  }

  @Test
  void theJacksonModuleKnowsNoCodec() {
    noClasses().that().resideInAnyPackage("..serialization.jackson..", "..serialization.internal.jackson..")
        .should().dependOnClassesThat().resideInAnyPackage("..serialization.json..", "..serialization.xml..",
            "..serialization.internal.json..", "..serialization.internal.xml..")
        .check(CLASSES);
  }

  /** The walk is defined once, for both Jacksons: only the adapters and the entry points name Jackson 3. */
  @Test
  void theFormatWalkAndItsSeamNameNoJackson() {
    noClasses().that().resideInAPackage("..serialization.spi..")
        .or().haveSimpleName("Cursor").or().haveSimpleName("Emitter")
        .or().haveSimpleName("TableFormat").or().haveSimpleName("DocumentFormat")
        .or().haveSimpleName("Failures").or().haveSimpleName("DocumentPath").or().haveSimpleName("EnumCodes")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }

  @Test
  void theSharedTypesKnowNoFormat() {
    noClasses().that().resideInAnyPackage("io.github.jixiao.serialization", "io.github.jixiao.serialization.internal")
        .should().dependOnClassesThat().resideInAnyPackage("..serialization.json..", "..serialization.xml..",
            "..serialization.jackson..", "..serialization.internal.json..", "..serialization.internal.xml..",
            "..serialization.internal.jackson..", "tools.jackson..")
        .check(CLASSES);
  }
}
