package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's code snippets are the examples' own code: each region between {@code // tag::name[]} and
 * {@code // end::name[]} in {@code src/main/java} is compiled with the examples and run by their tests, and
 * must appear verbatim (less its indentation) in the README. {@code README-snippets.md} is where they are
 * proposed; every Java block in it must be such a region.
 */
class ReadmeSnippetsTest {
  /** The document that must show every snippet. */
  private static final Path DOCUMENT = Path.of("../README.md");
  private static final Path SNIPPETS = Path.of("README-snippets.md");
  private static final Path SOURCES = Path.of("src/main/java");

  private static final Pattern TAGGED = Pattern.compile(
      "^[ \\t]*// tag::([a-z0-9-]+)\\[]\\n(.*?)^[ \\t]*// end::\\1\\[]$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern JAVA_BLOCK = Pattern.compile("^```java\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);

  @Test
  void theDocumentShowsEveryTaggedSnippetVerbatim() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    Map<String, String> snippets = taggedSnippets();

    assertThat(snippets).containsKeys("validate", "validate-imports", "formats-imports", "sheet", "text", "bean",
        "form", "spring-validator",
        "spring-controller", "spring-400");
    snippets.forEach((name, code) ->
        assertThat(document).as("snippet %s", name).contains("```java\n" + code + "```\n"));
  }

  @Test
  void everyJavaBlockOfTheSnippetFileIsTaggedCode() throws IOException {
    String proposed = Files.readString(SNIPPETS, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(proposed);
    while (m.find()) {
      blocks.add(m.group(1));
    }

    assertThat(blocks).isNotEmpty().allSatisfy(block -> assertThat(taggedSnippets().values()).contains(block));
  }

  @Test
  void unindentsBySnippetsCommonIndentationOnly() {
    assertThat(unindent("    a(\n        b);\n\n    c();\n")).isEqualTo("a(\n    b);\n\nc();\n");
  }

  private static Map<String, String> taggedSnippets() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      Matcher m = TAGGED.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        assertThat(snippets.put(m.group(1), unindent(m.group(2)))).as("tag %s given twice", m.group(1)).isNull();
      }
    }
    return snippets;
  }

  static String unindent(String code) {
    int indent = code.lines().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return code.lines().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
