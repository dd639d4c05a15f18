package io.github.jixiao.core;

import java.util.Objects;

/**
 * A qualitative target (定性指标值): a grade or a phrase such as {@code 优良}, {@code 持续改善},
 * {@code 达到预期目标}. The grammar also puts here text that is no value at all, such as an indicator name
 * copied into the value cell; telling the two apart is the validator's work.
 */
public final class Qualitative implements TargetValue {
  private final String raw;
  private final String text;

  private Qualitative(String raw) {
    this.raw = raw;
    this.text = raw.strip();
  }

  static Qualitative ofRaw(String raw) {
    return new Qualitative(raw);
  }

  /**
   * A qualitative target with the given text.
   *
   * @throws IllegalArgumentException if the text would read as another kind of value, e.g. {@code ≥90%}
   */
  public static Qualitative of(String text) {
    TargetValue v = TargetValue.parse(text);
    if (!(v instanceof Qualitative)) {
      throw new IllegalArgumentException("not a qualitative target: \"" + Characters.excerpt(text)
          + "\" reads as " + v.kind());
    }
    return (Qualitative) v;
  }

  @Override
  public String raw() {
    return raw;
  }

  /** The phrase without surrounding spaces. */
  public String text() {
    return text;
  }

  @Override
  public Kind kind() {
    return Kind.QUALITATIVE;
  }

  @Override
  public String format() {
    return text;
  }

  @Override
  public boolean isEquivalentTo(TargetValue other) {
    return other instanceof Qualitative && ((Qualitative) other).text.equals(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Qualitative && ((Qualitative) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Kind.QUALITATIVE, raw);
  }

  @Override
  public String toString() {
    return "Qualitative[\"" + raw + "\"]";
  }
}
