package io.github.jixiao.serialization.internal.jackson;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The property names of one kind of object in the format (属性名), numbered in the order given. The JSON
 * parser matches a name against them from its bytes ({@link JsonParser#nextNameMatch}), as databind does,
 * without making the name a string or looking it up twice; an unknown name falls back to the string. The
 * cursor marks a repeated known name with the bit of its number.
 */
final class PropertyNames {
  private final PropertyNameMatcher matcher;
  private final String[] names;

  private PropertyNames(String[] names) {
    if (names.length > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 names, one bit each");
    }
    List<Named> named = new ArrayList<>(names.length);
    for (String n : names) {
      named.add(Named.fromString(n));
    }
    matcher = BinaryNameMatcher.constructFrom(named, false);
    this.names = matcher.nameLookup();
  }

  static PropertyNames of(String... names) {
    return new PropertyNames(names.clone());
  }

  PropertyNameMatcher matcher() {
    return matcher;
  }

  /** The name numbered {@code index}. */
  String name(int index) {
    return names[index];
  }
}
