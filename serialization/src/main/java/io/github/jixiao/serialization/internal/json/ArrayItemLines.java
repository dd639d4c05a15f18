package io.github.jixiao.serialization.internal.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamContext;

/**
 * The layout {@code JsonOutput.Spacing.ARRAY_ITEMS_ON_LINES} (数组逐项分行): every array item starts a line,
 * indented two spaces for each array around its own, and everything else is compact, so that a list of
 * small objects reads and diffs one object per line. Stateless: one instance serves every generator.
 */
final class ArrayItemLines implements PrettyPrinter {
  static final ArrayItemLines INSTANCE = new ArrayItemLines();

  private static final String INDENT = "  ";

  private ArrayItemLines() {}

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  private static void newLine(JsonGenerator g) {
    g.writeRaw('\n');
    // The innermost array is the one being filled; only those around it indent.
    for (TokenStreamContext c = g.streamWriteContext().getParent(); c != null; c = c.getParent()) {
      if (c.inArray()) {
        g.writeRaw(INDENT);
      }
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    // JsonOutput ends every value at the top with a line break itself.
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    // compact
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(':');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int items) {
    g.writeRaw(']');
  }
}
