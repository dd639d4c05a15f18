package io.github.jixiao.serialization.internal.jackson;

import java.util.Arrays;

/**
 * Where a reader or writer is in a document (文档路径): property names and list indexes, innermost last, as
 * in {@code indicators[5].target}. Kept in arrays and made into text only for a message: building the text
 * for every property was most of a read.
 */
final class DocumentPath {
  /** Per level a property name, or null where the level is the list index in {@link #indexes}. */
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  void pushName(String name) {
    push(name, -1);
  }

  void pushIndex(int index) {
    push(null, index);
  }

  void pop() {
    names[--depth] = null;
  }

  /** The innermost property name; the innermost level must be a name. */
  String lastName() {
    return names[depth - 1];
  }

  /** The path below {@code prefix} (itself a path, or empty), then {@code leaf} when it is not empty. */
  String toString(String prefix, String leaf) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < depth; i++) {
      if (names[i] != null) {
        b.append('.').append(names[i]);
      } else {
        b.append('[').append(indexes[i]).append(']');
      }
    }
    if (!leaf.isEmpty()) {
      b.append('.').append(leaf);
    }
    return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = index;
  }
}
