package io.github.jixiao.serialization.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The property names of one kind of object in the format (属性名), numbered in the order given. A reader
 * answers a name with its number, so the walk marks a repeated name with one bit and never compares strings
 * twice; {@link #id()} lets an adapter keep its own fast matcher per set.
 */
public final class PropertyNames {
  private static final AtomicInteger SETS = new AtomicInteger();

  private final List<String> names;
  private final Map<String, Integer> numbers;
  private final int id;

  private PropertyNames(List<String> names) {
    if (names.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 names, one bit each; found " + names.size());
    }
    this.names = names;
    numbers = new HashMap<>(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      if (numbers.put(names.get(i), i) != null) {
        throw new IllegalArgumentException("\"" + names.get(i) + "\" is given twice");
      }
    }
    id = SETS.getAndIncrement();
  }

  public static PropertyNames of(String... names) {
    return new PropertyNames(List.of(names));
  }

  /** The names in their order. */
  public List<String> names() {
    return names;
  }

  /** The name numbered {@code index}. */
  public String name(int index) {
    return names.get(index);
  }

  /** The number of {@code name}, or {@link TokenReader#UNKNOWN_NAME}. */
  public int indexOf(String name) {
    Integer n = numbers.get(name);
    return n == null ? TokenReader.UNKNOWN_NAME : n;
  }

  /** A small number of its own, from 0 in order of creation, for an adapter's table of matchers. */
  public int id() {
    return id;
  }
}
