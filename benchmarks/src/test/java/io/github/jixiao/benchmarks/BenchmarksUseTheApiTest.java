package io.github.jixiao.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what a user can call: the exported API, never a module's internal packages. */
class BenchmarksUseTheApiTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.benchmarks");

  @Test
  void measuresOnlyExportedPackages() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.jixiao..internal..").check(CLASSES);
  }
}
