package io.github.jixiao.cli;

import java.util.Locale;

/**
 * The formats the command reads (输入格式): the jixiao JSON and XML formats, indicator sheets (CSV/TSV), Excel
 * workbooks (.xlsx/.xls), published documents in Word (.docx/.doc) and the text of a published document. {@code AUTO} tells each file's format from its extension, or from its first
 * bytes when the extension says nothing.
 */
enum InputFormat {
  AUTO, JSON, XML, SHEET, XLSX, WORD, TEXT;

  /** The name of the front door's format; not for {@code AUTO}, which lets the front door tell it. */
  String formatName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
