package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.validation.Field;
import io.github.jixiao.validation.Rule;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Receives what the rules find (问题); the validator facade turns each call into a finding. */
@FunctionalInterface
public interface FindingSink {
  /**
   * One defect: the rule, the 0-based table and indicator (empty for the table as a whole), the cell, a
   * detail within it, the offending text, and the message arguments.
   */
  void add(Rule rule, int table, OptionalInt indicator, Field field, Optional<String> detail, Optional<String> value,
      List<String> arguments);
}
