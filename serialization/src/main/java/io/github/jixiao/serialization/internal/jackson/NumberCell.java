package io.github.jixiao.serialization.internal.jackson;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cell the model keeps as written and reads as a number (得分, 总分, 执行率), both ways: the number under its
 * name, and beside it {@code <name>Text} when the cell is not the number's own digits ({@code ９．５},
 * {@code 95.5%}) or is no number at all. The text is the truth; a number alone stands for its own digits.
 */
final class NumberCell {
  private static final String TEXT = "Text";

  /** What the model reads the text as, and the text a number alone stands for. */
  private final Function<String, Optional<BigDecimal>> parse;
  private final Function<BigDecimal, String> standard;

  private Object value;
  private String text;

  private NumberCell(Function<String, Optional<BigDecimal>> parse, Function<BigDecimal, String> standard) {
    this.parse = parse;
    this.standard = standard;
  }

  /** A cell whose number is written as plain digits ({@code 9.5}). */
  static NumberCell decimal(Function<String, Optional<BigDecimal>> parse) {
    return new NumberCell(parse, DecimalText::format);
  }

  /** A rate cell, whose number is a number of percent and whose own digits end in {@code %}. */
  static NumberCell percent(Function<String, Optional<BigDecimal>> parse) {
    return new NumberCell(parse, n -> DecimalText.format(n) + "%");
  }

  /** The name of the text property beside {@code name}. */
  static String textName(String name) {
    return name + TEXT;
  }

  /** Writes the cell {@code text} (null when blank) under {@code name}. */
  void write(Emitter o, String name, String text) {
    if (text == null) {
      return;
    }
    BigDecimal number = parse.apply(text).orElse(null);
    if (number != null) {
      o.decimal(name, number);
    }
    if (number == null || !text.equals(standard.apply(number))) {
      o.string(textName(name), text);
    }
  }

  /** Reads the number, the cursor on its value; in lenient mode text that is no number is kept as the text. */
  void readNumber(Cursor c, String what) {
    value = c.decimalOrText(what);
  }

  /** Reads the text as written, the cursor on its value. */
  void readText(Cursor c, String what) {
    text = c.string(what);
  }

  /**
   * The cell as written once its properties are read, null when blank; a number beside a text must be what
   * the text reads as, or the read says so and keeps the text.
   */
  String text(Cursor c, String name) {
    if (text == null) {
      if (value instanceof BigDecimal) {
        return standard.apply((BigDecimal) value);
      }
      return (String) value;
    }
    if (value instanceof BigDecimal && !parse.apply(text).map(value::equals).orElse(false)) {
      c.disagreement("\"" + name + "\": " + value + " disagrees with \"" + textName(name) + "\": \""
          + Cursor.excerpt(text) + "\"; the text, as written, is kept");
    }
    return text;
  }
}
