package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.core.TableField;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code absent} list of the self-evaluation and monitoring tables: the cells their layout lacks, from two
 * vocabularies in one list, the target table's {@link TableField} wire names first and then the table's own.
 * The two vocabularies share no wire name, so each name reads back as the cell it was written for.
 */
final class AbsentCells {
  private AbsentCells() {}

  /** Writes the list, in the order of each vocabulary; nothing when no cell is absent. */
  static <E extends Enum<E>> void write(Emitter o, Set<TableField> target, E[] own, Set<E> absentOwn,
      Function<E, String> wireName) {
    if (target.isEmpty() && absentOwn.isEmpty()) {
      return;
    }
    o.beginList("absent");
    int i = 0;
    for (TableField field : TableField.values()) {
      if (target.contains(field)) {
        o.stringItem(i++, "cell", field.wireName());
      }
    }
    for (E field : own) {
      if (absentOwn.contains(field)) {
        o.stringItem(i++, "cell", wireName.apply(field));
      }
    }
    o.endList();
  }

  /** Reads the list, the cursor on its value; a name of neither vocabulary is invalid. */
  static <E extends Enum<E>> void read(Cursor c, Consumer<TableField> target, E[] own, Function<E, String> wireName,
      Consumer<E> absentOwn) {
    c.beginList("the cells the layout lacks", "cell");
    next:
    while (c.nextItem()) {
      String name = c.string("a cell the layout lacks");
      TableField field = TableField.fromWireName(name).orElse(null);
      if (field != null) {
        target.accept(field);
        continue;
      }
      for (E e : own) {
        if (wireName.apply(e).equals(name)) {
          absentOwn.accept(e);
          continue next;
        }
      }
      throw c.invalid("expected the wire name of a cell such as " + TableField.BASIS.wireName() + " or "
          + wireName.apply(own[own.length - 1]) + ", found \"" + Cursor.excerpt(name) + "\"");
    }
  }
}
