package io.github.jixiao.examples.service.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.serialization.jackson.JixiaoModule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.json.JsonMapper;

/** What Spring Boot 4 does with the SDK's Jackson 3 module, in the service's own context. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class BootJsonMapperTest {

  @Autowired
  JsonMapper mapper;

  @Test
  void bootsJsonMapperHasTheSdkModuleFromTheServiceLoader() {
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof JixiaoModule);
  }
}
