package io.github.jixiao.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the command reads (输入格式): the jixiao JSON and XML formats, indicator sheets (CSV/TSV) and the
 * text of a published document. {@code AUTO} tells each file's format from its extension, or from its first
 * bytes when the extension says nothing.
 */
enum InputFormat {
  AUTO, JSON, XML, SHEET, TEXT;

  /** The format an extension names: .json .jsonl .xml .csv .tsv .txt. */
  static Optional<InputFormat> ofExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".xml")) {
      return Optional.of(XML);
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return Optional.of(SHEET);
    }
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }

  /**
   * The format the first bytes look like: JSON starts with { or [, XML with &lt;, a sheet's first line is a
   * delimited header naming a known column; anything else is read as published text, whose reader then says
   * what is wrong (binary data, an empty file).
   */
  static InputFormat ofContent(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == text.length()) {
      return TEXT;
    }
    char first = text.charAt(i);
    if (first == '{' || first == '[') {
      return JSON;
    }
    if (first == '<') {
      return XML;
    }
    int end = text.indexOf('\n', i);
    String line = text.substring(i, end < 0 ? text.length() : end);
    boolean delimited = line.indexOf(',') >= 0 || line.indexOf('\t') >= 0;
    // A published text's table cells start with a tab; a sheet's header does not.
    boolean cellLine = text.substring(text.lastIndexOf('\n', i) + 1, i).indexOf('\t') >= 0;
    if (delimited && !cellLine && namesSheetColumn(line)) {
      return SHEET;
    }
    return TEXT;
  }

  private static boolean namesSheetColumn(String line) {
    for (String header : new String[] {"一级指标", "三级指标", "指标名称", "项目名称", "项目编码", "指标值", "单位名称"}) {
      if (line.contains(header)) {
        return true;
      }
    }
    return false;
  }
}
