package io.github.jixiao.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The Chinese sentence of each read-problem code (读取问题中文说明), for reports read by budget officers. Keyed
 * by the same stable codes as the English messages, so either language names the same problem.
 */
final class ChineseReadMessages {
  private static final Properties MESSAGES = load();

  private ChineseReadMessages() {}

  static Optional<String> of(String code) {
    return Optional.ofNullable(MESSAGES.getProperty(code));
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = ChineseReadMessages.class.getResourceAsStream("read-problems_zh.properties")) {
      if (in == null) {
        throw new IllegalStateException("read-problems_zh.properties is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
