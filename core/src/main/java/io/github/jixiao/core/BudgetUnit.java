package io.github.jixiao.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The budget unit (预算单位) that a table belongs to: its code (单位编码, e.g. {@code 712001}) and name
 * (单位名称).
 */
@Value.Immutable
@ModelStyle
public abstract class BudgetUnit implements WithBudgetUnit {
  /**
   * A code of six to twelve digits written before the name: 712001中国…, [015001]武汉…, (433001)乌海…,
   * 820001-井研…. Shorter digit runs are part of the name (2025年…).
   */
  private static final Pattern CODE_THEN_NAME = Pattern.compile(
      "^\\s*(?:[\\[(]\\s*(\\d{6,12})\\s*[\\])]|(\\d{6,12})\\s*[-—:]?)\\s*(\\S.*)$", Pattern.DOTALL);

  /** The unit code, when the table gives one. */
  public abstract Optional<String> code();

  /** The unit name as published; may be empty in a defective table. */
  public abstract String name();

  /** A unit with both code and name. */
  public static BudgetUnit of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /** A unit known only by name. */
  public static BudgetUnit ofName(String name) {
    return builder().name(name).build();
  }

  /**
   * Reads a published unit cell, splitting off a leading code: {@code 712001中国共产主义青年团定州市委员会本级},
   * {@code [015001]武汉…}, {@code (433001)乌海…} (full-width brackets too), {@code 820001-井研…}. A cell
   * without a code gives a unit with the whole cell as its name.
   */
  public static BudgetUnit parse(String cell) {
    String folded = Characters.toHalfWidth(cell);
    Matcher m = CODE_THEN_NAME.matcher(folded);
    if (m.matches()) {
      String code = m.group(1) != null ? m.group(1) : m.group(2);
      int nameStart = m.start(3);
      return of(code, cell.substring(nameStart).strip());
    }
    return ofName(cell.strip());
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BudgetUnit}. */
  public static final class Builder extends ImmutableBudgetUnit.Builder {
    Builder() {}
  }
}
