package io.github.jixiao.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spring Boot service over real HTTP: the JDK's client against the server on a random port of
 * 127.0.0.1. The Wei county 2025 tables are the fixtures: table 1 has warnings only, table 2 two errors.
 * The same test runs on Spring Boot 4 (this module) and Spring Boot 3 ({@code examples-boot3}): requests
 * are written and answers parsed by the SDK's own codec and a plain Jackson 3 mapper, never by Boot's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class TableServiceTest {
  private static final JsonCodec JSON = JsonCodec.create();
  private static final JsonMapper ANSWERS = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort
  int port;

  @Test
  void storesATableWithoutErrorsWith201AndItsWarnings() throws Exception {
    HttpResponse<String> response = post(JSON.write(SeedTables.weiGrassrootsOrganisations()), "en");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/tables/"));
    JsonNode findings = ANSWERS.readTree(response.body()).get("findings");
    assertThat(rules(findings)).containsExactly("JX-MONEY-003", "JX-PLAN-002", "JX-TREE-006");
    assertThat(findings.get(0).get("severity").asString()).isEqualTo("warning");
    assertThat(findings.get(0).get("path").asString()).isEqualTo("budget.otherFunds");
    assertThat(findings.get(0).get("message").asString()).isEqualTo("Other funds are blank; enter 0 when there are none.");
  }

  @Test
  void rejectsATableWithErrorsWith400AndTheFindingsOfEachCell() throws Exception {
    HttpResponse<String> response = post(JSON.write(SeedTables.weiHardshipGrants()), "en");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode findings = ANSWERS.readTree(response.body()).get("findings");
    assertThat(rules(findings)).containsExactly("JX-VALUE-002", "JX-VALUE-008");
    JsonNode alwaysMet = findings.get(1);
    assertThat(alwaysMet.get("severity").asString()).isEqualTo("error");
    assertThat(alwaysMet.get("indicator").asInt()).isEqualTo(6);
    assertThat(alwaysMet.get("field").asString()).isEqualTo("target");
    assertThat(alwaysMet.get("path").asString()).isEqualTo("indicators[6].target");
    assertThat(alwaysMet.get("value").asString()).isEqualTo("≤100%");
    assertThat(alwaysMet.get("message").asString()).isEqualTo("The target \"≤100%\" is always met, so it measures nothing.");
  }

  @Test
  void answersInChineseWhenTheClientAsksForIt() throws Exception {
    HttpResponse<String> response = post(JSON.write(SeedTables.weiHardshipGrants()), "zh-CN");

    JsonNode findings = ANSWERS.readTree(response.body()).get("findings");
    assertThat(findings.get(1).get("message").asString()).isEqualTo("指标值「≤100%」恒能达到，无法衡量绩效。");
  }

  @Test
  void answersInChineseWhenTheClientNamesNoLanguage() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri("/tables")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.write(SeedTables.weiHardshipGrants()), StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(ANSWERS.readTree(response.body()).get("findings").get(1).get("message").asString())
        .isEqualTo("指标值「≤100%」恒能达到，无法衡量绩效。");
  }

  @Test
  void givesAStoredTableBackEqualToWhatWasSent() throws Exception {
    ProjectTargetTable sent = SeedTables.weiGrassrootsOrganisations();
    String location = post(JSON.write(sent), "en").headers().firstValue("Location").orElseThrow();

    HttpResponse<String> back = CLIENT.send(HttpRequest.newBuilder(uri(location)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(JSON.readTable(back.body()).value()).isEqualTo(sent);
    // Boot's own mapper wrote it, through the SDK's module for its Jackson: the wire format byte for byte.
    assertThat(back.body()).isEqualTo(JSON.write(sent));
  }

  @Test
  void answers404ForATableNeverStored() throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/tables/999999")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void storesTheBundledSampleTable() throws Exception {
    HttpResponse<String> response = post(Files.readString(Path.of("samples/table.json")), "en");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(rules(ANSWERS.readTree(response.body()).get("findings"))).containsExactly("JX-MONEY-005", "JX-VALUE-015");
  }

  @Test
  void namesThePlaceOfAPropertyTheFormatDoesNotKnow() throws Exception {
    HttpResponse<String> response = post("{\"formatVersion\": 1,\n \"projectName\": \"x\",\n \"colour\": \"red\"}", "en");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = ANSWERS.readTree(response.body()).get("problems").get(0);
    assertThat(problem.get("code").asString()).startsWith("JX-JSON-");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("message").asString()).contains("colour");
    assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "at io.");
  }

  @Test
  void answersABodyCutOffWith400AndNoStackTrace() throws Exception {
    HttpResponse<String> response = post("{\"formatVersion\": 1, \"projectName\": ", "en");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(ANSWERS.readTree(response.body()).get("problems").get(0).get("message").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "at io.");
  }

  @Test
  void answersABodyThatIsNoTableWith400() throws Exception {
    for (String body : List.of("[]", "\"≥90%\"", "", "not json")) {
      HttpResponse<String> response = post(body, "en");

      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).as(body).contains("\"problems\"").doesNotContain("Exception", "tools.jackson");
    }
  }

  private HttpResponse<String> post(String json, String language) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri("/tables"))
        .header("Content-Type", "application/json")
        .header("Accept-Language", language)
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static List<String> rules(JsonNode findings) {
    return findings.valueStream().map(f -> f.get("rule").asString()).toList();
  }
}
