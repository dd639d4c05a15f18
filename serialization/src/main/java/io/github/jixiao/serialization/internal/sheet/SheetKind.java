package io.github.jixiao.serialization.internal.sheet;

import java.util.Optional;

/**
 * Which table a sheet's rows are read as (表种): a target table knows the indicator sheet's columns only; a
 * self-evaluation or a monitoring table knows its own added columns besides, and reports the other's as
 * unknown.
 */
public enum SheetKind {
  TARGET,
  SELF_EVALUATION,
  MONITORING;

  /** The added column {@code header} names in a sheet of this kind, as its enum's name; empty when none. */
  Optional<String> addedColumn(String header) {
    return switch (this) {
      case TARGET -> Optional.empty();
      case SELF_EVALUATION -> EvaluationColumn.of(header).map(e -> "自评" + e.name());
      case MONITORING -> MonitoringColumn.of(header).map(e -> "监控" + e.name());
    };
  }
}
