package io.github.jixiao.office;

import io.github.jixiao.serialization.sheet.SheetReader;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheets handed to the sheet reader (待组装的工作表): a sheet in the row layout as read, and each table of a
 * form laid out in the row layout only when the sheet reader comes to it. The sheet reader goes through its
 * sheets once, in order; each is let go as it is handed over, so a workbook of ten thousand form tables is never
 * held twice (as read and as laid out) while its tables and source map are built. A sheet asked for a second
 * time is a mistake of the caller's.
 */
final class LaidOutSheets extends AbstractList<SheetReader.Sheet> {
  /** A row-layout {@link SheetReader.Sheet} or a {@link FormTable}; {@code null} once handed over. */
  private final List<Object> items = new ArrayList<>();
  private final FormPlaces places;

  LaidOutSheets(FormPlaces places) {
    this.places = places;
  }

  void addSheet(SheetReader.Sheet sheet) {
    items.add(sheet);
  }

  void addTable(FormTable table) {
    items.add(table);
  }

  @Override
  public SheetReader.Sheet get(int index) {
    Object item = items.set(index, null);
    if (item == null) {
      throw new IllegalStateException("sheet " + index + " was handed over already");
    }
    return item instanceof FormTable t ? t.rows(places) : (SheetReader.Sheet) item;
  }

  @Override
  public int size() {
    return items.size();
  }
}
