package io.github.jixiao.serialization.jackson;

/**
 * The property names of one kind of object in the format (属性名), so that the cursor knows at the name
 * whether a property is known: only an unknown or repeated one needs its place in the input recorded, and
 * a repeated known one is found with a bit per name instead of a list of the names seen.
 */
final class PropertyNames {
  private final String[] names;

  private PropertyNames(String[] names) {
    if (names.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 names, one bit each");
    }
    this.names = names;
  }

  static PropertyNames of(String... names) {
    return new PropertyNames(names.clone());
  }

  /** The name's bit, or 0 when the name is not one of these. */
  long bit(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return 1L << i;
      }
    }
    return 0;
  }
}
