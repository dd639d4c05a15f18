package io.github.jixiao.serialization.jackson;

/**
 * The property names of one kind of object in the format (属性名), so that the cursor knows at the name
 * whether a property is known: only an unknown or repeated one needs its place in the input recorded, and
 * a repeated known one is found with a bit per name instead of a list of the names seen.
 */
final class PropertyNames {
  /** Open addressing on the names' hash codes, which Jackson's canonical name strings carry already. */
  private final String[] slots;
  private final long[] bits;
  private final int mask;

  private PropertyNames(String[] names) {
    if (names.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 names, one bit each");
    }
    int size = Integer.highestOneBit(names.length * 4 - 1) << 1;   // at most a quarter full: few probes
    slots = new String[size];
    bits = new long[size];
    mask = size - 1;
    for (int i = 0; i < names.length; i++) {
      int slot = names[i].hashCode() & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = names[i];
      bits[slot] = 1L << i;
    }
  }

  static PropertyNames of(String... names) {
    return new PropertyNames(names.clone());
  }

  /** The name's bit, or 0 when the name is not one of these. */
  long bit(String name) {
    for (int slot = name.hashCode() & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (slots[slot].equals(name)) {
        return bits[slot];
      }
    }
    return 0;
  }
}
