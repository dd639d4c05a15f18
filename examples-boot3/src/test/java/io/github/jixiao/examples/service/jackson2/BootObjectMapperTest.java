package io.github.jixiao.examples.service.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * What Spring Boot 3 does with the SDK, in the service's own context: its Jackson 2 {@code ObjectMapper}
 * writes and reads the wire format through the SDK's Jackson 2 module, and the SDK's Jackson 3 codec still
 * works beside it. The versions are checked too: the service's tests prove something only while Boot 3's
 * dependency management, not the SDK's build, chose them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class BootObjectMapperTest {
  private static final JsonCodec JSON = JsonCodec.create();

  @Autowired
  ObjectMapper mapper;

  @Test
  void bootsObjectMapperWritesEverySeedTableAsTheSdkCodecDoes() throws Exception {
    for (ProjectTargetTable table : SeedTables.all()) {
      String written = mapper.writeValueAsString(table);

      assertThat(written).as(table.projectName().orElse("")).isEqualTo(JSON.write(table));
      assertThat(mapper.readValue(written, ProjectTargetTable.class)).isEqualTo(table);
    }
  }

  @Test
  void bootsObjectMapperReadsAWholeDocumentTheSdkCodecWrote() throws Exception {
    PerformanceTargetDocument document = PerformanceTargetDocument.builder().addAllTables(SeedTables.all()).build();

    assertThat(mapper.readValue(JSON.write(document), PerformanceTargetDocument.class)).isEqualTo(document);
  }

  @Test
  void theSdksJackson3MapperWorksBesideBootsJackson2() throws Exception {
    // Jackson 3 reads its annotations from jackson-annotations 2.21 or later, which Boot 3 pins lower: the
    // SDK's BOM, imported first, keeps the version Jackson 3 needs.
    ProjectTargetTable table = SeedTables.weiHardshipGrants();

    assertThat(JSON.mapper().writeValueAsString(table)).isEqualTo(JSON.write(table));
  }

  @Test
  void runsOnWhatSpringBoot3Manages() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
    assertThat(PackageVersion.VERSION.toString()).startsWith("2.19.");
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion()).startsWith("8.0.");
  }
}
