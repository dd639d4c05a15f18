package io.github.jixiao.validation.internal;

import java.text.AttributedCharacterIterator;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A rule's message pattern, parsed by {@link MessageFormat} and kept as its literal text and argument slots,
 * so that rendering a message is one pass over a {@link StringBuilder}: the Bean Validation surface renders
 * one per violation. Renders exactly as {@code MessageFormat} does for text arguments, the only kind the
 * rules pass.
 */
public final class MessagePattern {
  /** One character standing for an argument while the pattern is taken apart. */
  private static final String SLOT = "\uE000";

  private final String[] literals;
  private final int[] slots;

  private MessagePattern(List<String> literals, List<Integer> slots) {
    this.literals = literals.toArray(String[]::new);
    this.slots = slots.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Takes {@code pattern} apart where {@link MessageFormat} puts its arguments. A pattern that formats an
   * argument as a number, date or choice is refused: it would not take text.
   */
  public static MessagePattern of(String pattern, Locale locale) {
    MessageFormat format = new MessageFormat(pattern, locale);
    for (Format f : format.getFormats()) {
      if (f != null) {
        throw new IllegalArgumentException("a rule's message takes text arguments only: " + pattern);
      }
    }
    Object[] probe = new Object[format.getFormatsByArgumentIndex().length];
    Arrays.fill(probe, SLOT);
    List<String> literals = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    AttributedCharacterIterator it = format.formatToCharacterIterator(probe);
    for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
      Object argument = it.getAttribute(MessageFormat.Field.ARGUMENT);
      if (argument == null) {
        literal.append(c);
      } else {
        literals.add(literal.toString());
        literal.setLength(0);
        slots.add((Integer) argument);
      }
    }
    literals.add(literal.toString());
    return new MessagePattern(literals, slots);
  }

  /** The message with {@code arguments} in their slots; a slot without an argument prints as {@code {n}}. */
  public String format(List<String> arguments) {
    int length = 0;
    for (String l : literals) {
      length += l.length();
    }
    StringBuilder b = new StringBuilder(length + 16 * slots.length);
    for (int i = 0; i < slots.length; i++) {
      b.append(literals[i]);
      int slot = slots[i];
      if (slot < arguments.size()) {
        b.append(arguments.get(slot));
      } else {
        b.append('{').append(slot).append('}');
      }
    }
    return b.append(literals[slots.length]).toString();
  }
}
