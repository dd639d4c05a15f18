package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.MonitoringField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns a monitoring sheet (绩效运行监控表) adds to those of the indicator sheet, one per
 * {@link MonitoringField}: the field's published label first, then the variants published forms use. The
 * period's months may head a column ({@code 1-7月执行数}, {@code 1-7月执行情况}): such a header is the
 * spending or the progress to date whatever the months, which the 监控期 cell states.
 */
enum MonitoringColumn {
  PERIOD(MonitoringField.PERIOD, "监控期间", "监控时段"),
  INITIAL_BUDGET(MonitoringField.INITIAL_BUDGET),
  ANNUAL_BUDGET(MonitoringField.ANNUAL_BUDGET, "调整后预算数", "全年预算数（A）", "年度预算数"),
  SPENDING_TO_DATE(MonitoringField.SPENDING_TO_DATE, "执行数（B）", "累计执行数", "预算执行数"),
  EXECUTION_RATE(MonitoringField.EXECUTION_RATE, "执行率（B/A）", "预算执行率"),
  EXPECTED_SPENDING(MonitoringField.EXPECTED_SPENDING, "预计全年执行数"),
  PROGRESS(MonitoringField.PROGRESS, "截至目前完成值", "累计完成值", "完成值", "执行情况"),
  EXPECTED(MonitoringField.EXPECTED, "全年预计完成情况", "预计全年完成值", "预计完成值"),
  DEVIATION(MonitoringField.DEVIATION, "偏差原因", "原因分析"),
  CORRECTION(MonitoringField.CORRECTION, "纠偏措施及计划", "拟采取的纠偏措施");

  /** A month range heading a cell of the period ({@code 1-7月执行数}), dashes and 至 alike. */
  private static final Pattern MONTHS = Pattern.compile("(?:1[0-2]|0?[1-9])[-—–~至到](?:1[0-2]|0?[1-9])月(.+)");
  private static final Map<String, MonitoringColumn> BY_KEY = new HashMap<>();
  /** What the period's months may head. */
  private static final Map<String, MonitoringColumn> AFTER_MONTHS = Map.of(
      "执行数", SPENDING_TO_DATE, "支出数", SPENDING_TO_DATE, "累计执行数", SPENDING_TO_DATE,
      "执行情况", PROGRESS, "完成情况", PROGRESS, "实际完成值", PROGRESS, "完成值", PROGRESS);

  static {
    for (MonitoringColumn c : values()) {
      for (String h : c.headers) {
        BY_KEY.put(SheetColumn.key(h), c);
      }
    }
  }

  private final MonitoringField field;
  private final List<String> headers;

  MonitoringColumn(MonitoringField field, String... variants) {
    this.field = field;
    List<String> all = new ArrayList<>(List.of(field.term()));
    all.addAll(List.of(variants));
    this.headers = List.copyOf(all);
  }

  MonitoringField field() {
    return field;
  }

  boolean isIndicatorCell() {
    return field.isIndicatorCell();
  }

  static Optional<MonitoringColumn> of(String header) {
    String key = SheetColumn.key(header);
    MonitoringColumn named = BY_KEY.get(key);
    if (named != null) {
      return Optional.of(named);
    }
    Matcher m = MONTHS.matcher(key);
    return m.matches() ? Optional.ofNullable(AFTER_MONTHS.get(m.group(1))) : Optional.empty();
  }
}
