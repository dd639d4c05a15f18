package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A Chinese report gives every workbook and Word problem in Chinese, whatever the English message says. */
class OfficeChineseMessagesTest {
  @Test
  void everyCodeTheOfficeReadersReportHasAChineseSentence() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Class<?> holder : List.of(WorkbookProblems.class, FormProblems.class, DocumentProblems.class)) {
      for (Field f : holder.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          f.setAccessible(true);
          codes.add((String) f.get(null));
        }
      }
    }
    assertThat(codes).hasSizeGreaterThan(30).allSatisfy(code -> {
      String zh = ReadProblem.error(code, SourceLocation.at("plan.docx", 0, 0), "an English message")
          .message(Locale.SIMPLIFIED_CHINESE);
      assertThat(zh).as(code).isNotEqualTo("an English message").matches(".*\\p{IsHan}.*");
    });
  }
}
