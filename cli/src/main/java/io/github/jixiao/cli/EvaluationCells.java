package io.github.jixiao.cli;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import io.github.jixiao.validation.EvaluationFinding;
import java.util.Optional;

/**
 * The cells of a self-evaluation or a monitoring table (自评表、监控表的单元格) as their findings name them, by wire
 * name: a cell the table adds ({@code score}, {@code progress}) or one it shares with its target table
 * ({@code weight}, {@code target}, {@code goals}). The two tables share some wire names ({@code deviation},
 * {@code executionRate}) under different labels, so each kind of table has its own.
 */
enum EvaluationCells {
  SELF_EVALUATION, MONITORING;

  /** The most precise place the reader knew for the finding's cell: the cell, else its row, else its table. */
  Optional<SourceLocation> locate(SourceMap map, EvaluationFinding f) {
    int table = f.table();
    boolean row = f.indicator().isPresent();
    int indicator = f.indicator().orElse(0);
    String id = f.field();
    if (this == SELF_EVALUATION) {
      Optional<SelfEvaluationField> own = selfEvaluationField(id);
      if (own.isPresent() && own.get().isIndicatorCell() == row) {
        return row ? map.locate(table, indicator, own.get()) : map.locate(table, own.get());
      }
    } else {
      Optional<MonitoringField> own = monitoringField(id);
      if (own.isPresent() && own.get().isIndicatorCell() == row) {
        return row ? map.locate(table, indicator, own.get()) : map.locate(table, own.get());
      }
    }
    Optional<TableField> shared = TableField.fromWireName(id);
    if (shared.isPresent() && shared.get().isIndicatorCell() == row) {
      return map.locate(row ? CellAddress.of(table, indicator, shared.get()) : CellAddress.of(table, shared.get()));
    }
    // A finding about the table's points as a whole (a category's 分值 off the policy) or an unknown cell.
    Optional<SourceSpan> span = row ? map.indicator(table, indicator) : Optional.empty();
    return span.or(() -> map.table(table)).map(SourceSpan::start);
  }

  /**
   * The published label of the cell with wire name {@code id} (得分 for score), else the id; a self-evaluation
   * calls an indicator's weight its points (分值).
   */
  String term(String id) {
    if (this == SELF_EVALUATION && id.equals(TableField.WEIGHT.wireName())) {
      return "分值";
    }
    Optional<String> own = this == SELF_EVALUATION ? selfEvaluationField(id).map(SelfEvaluationField::term)
        : monitoringField(id).map(MonitoringField::term);
    return own.or(() -> TableField.fromWireName(id).map(TableField::term)).orElse(id);
  }

  private static Optional<SelfEvaluationField> selfEvaluationField(String id) {
    for (SelfEvaluationField f : SelfEvaluationField.values()) {
      if (f.wireName().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static Optional<MonitoringField> monitoringField(String id) {
    for (MonitoringField f : MonitoringField.values()) {
      if (f.wireName().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
