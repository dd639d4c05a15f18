package io.github.jixiao.serialization.internal.jackson;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The codes of one enum as the format reads them (代码): the constant names, which every writer of the format
 * writes, looked up in a map; else whatever the enum's own parser takes in their place (Chinese labels,
 * full-width forms). A table reads several codes per indicator, so the names are not scanned in turn.
 */
final class EnumCodes<E extends Enum<E>> {
  private final E[] values;
  private final Map<String, E> byName;
  private final Function<String, Optional<E>> parse;

  private EnumCodes(E[] values, Function<String, Optional<E>> parse) {
    this.values = values;
    byName = new HashMap<>(values.length * 2);
    for (E e : values) {
      byName.put(e.name(), e);
    }
    this.parse = parse;
  }

  static <E extends Enum<E>> EnumCodes<E> of(E[] values, Function<String, Optional<E>> parse) {
    return new EnumCodes<>(values, parse);
  }

  /** The constant {@code text} names, as a code or in any form the enum's parser takes; else null. */
  E resolve(String text) {
    E e = byName.get(text);
    return e != null ? e : parse.apply(text).orElse(null);
  }

  /** The codes, comma-separated, for a message: made only for one, as a read that fails needs it. */
  String names() {
    StringBuilder b = new StringBuilder();
    for (E e : values) {
      b.append(b.length() == 0 ? "" : ", ").append(e.name());
    }
    return b.toString();
  }
}
