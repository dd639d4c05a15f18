package io.github.jixiao.jackson2;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The module is found as applications find modules, and stands on Jackson 2 alone. */
class JixiaoJackson2ModuleTest {
  /** A user's own request body holding tables, as a Spring Boot 3 controller would receive it. */
  record Submission(String submitter, ProjectTargetTable table, List<ProjectTargetTable> more) {}

  @Test
  void findAndRegisterModulesPicksTheModuleUp() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    ProjectTargetTable t = SeedTables.weiHardshipGrants();
    assertThat(mapper.writeValueAsString(t)).isEqualTo(JsonCodec.create().write(t));
    XmlMapper xml = new XmlMapper();
    xml.findAndRegisterModules();
    assertThat(xml.readValue(xml.writeValueAsString(t), ProjectTargetTable.class)).isEqualTo(t);
  }

  @Test
  void readsAndWritesTablesInsideTheApplicationsOwnTypes() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoJackson2Module());
    Submission s = new Submission("团县委", SeedTables.weiGrassrootsOrganisations(), SeedTables.dingzhou2021());
    String json = mapper.writeValueAsString(s);
    assertThat(json).contains("\"table\":" + JsonCodec.create().write(s.table()));
    assertThat(mapper.readValue(json, Submission.class)).isEqualTo(s);
    Map<?, ?> plain = mapper.readValue(json, Map.class);
    assertThat(((Map<?, ?>) plain.get("table")).get("projectCode")).isEqualTo("13043425P00450110058B");
  }

  @Test
  void usesNoClassOfJackson3() {
    noClasses().should().dependOnClassesThat().resideInAPackage("tools.jackson..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.jixiao.jackson2"));
  }

  @Test
  void theBomManagesTheModuleAndTheAnnotationsBothJacksonsRead() throws IOException {
    String bom = Files.readString(Path.of("..", "bom", "pom.xml"));
    assertThat(bom).contains("<artifactId>jixiao-jackson2</artifactId>");
    Matcher m = Pattern.compile("<artifactId>jackson-annotations</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(bom);
    assertThat(m.find()).isTrue();
    // The annotations this build runs with, which Jackson 3's BOM chose: the BOM must name the same.
    String onClasspath = com.fasterxml.jackson.annotation.JsonProperty.class.getPackage().getImplementationVersion();
    assertThat(onClasspath).isNotNull().startsWith(m.group(1));
    // The annotation whose absence from Spring Boot 3's 2.19.2 breaks Jackson 3.
    assertThat(com.fasterxml.jackson.annotation.JsonSerializeAs.class).isAnnotation();
  }
}
