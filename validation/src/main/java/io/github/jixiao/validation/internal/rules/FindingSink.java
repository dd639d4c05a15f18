package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.validation.Rule;
import java.util.List;
import java.util.Optional;

/** Receives what the rules find (问题); the validator facade turns each call into a finding. */
@FunctionalInterface
public interface FindingSink {
  /**
   * One defect: the rule, the cell with a detail within it, the offending text, and the message arguments.
   */
  void add(Rule rule, CellAddress address, Optional<String> value, List<String> arguments);
}
