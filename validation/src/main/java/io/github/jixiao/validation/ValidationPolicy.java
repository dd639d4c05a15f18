package io.github.jixiao.validation;

import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorFramework;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds and choices of a validation (校验口径), immutable: which indicator framework to hold tables
 * to, which categories must have indicators, the lowest acceptable satisfaction target, and per-rule
 * severity overrides and switches.
 *
 * <pre>{@code
 * ValidationPolicy.national()                                  // the strict default
 * ValidationPolicy.lenient()                                   // content defects as warnings
 * ValidationPolicy.forTemplate(TableTemplate.DEPARTMENT_WIDE)   // one template's cells required
 * ValidationPolicy.national().toBuilder().framework(IndicatorFramework.CORE_2021).disable(Rule.BASIS_BLANK).build()
 * }</pre>
 */
public final class ValidationPolicy {
  private static final ValidationPolicy NATIONAL = builder().build();
  private static final ValidationPolicy LENIENT = builder()
      .requiredCategories(EnumSet.of(IndicatorCategory.OUTPUT))
      .satisfactionFloor(BigDecimal.ZERO)
      .override(Rule.UNIT_CODE_SHAPE, Severity.WARNING)
      .override(Rule.PROJECT_CODE_SHAPE, Severity.WARNING)
      .override(Rule.PROJECT_CODE_YEAR, Severity.WARNING)
      .override(Rule.TARGET_NOT_A_VALUE, Severity.WARNING)
      .override(Rule.TIMELINESS_NOT_A_TIME, Severity.WARNING)
      .override(Rule.COST_NOT_AN_AMOUNT, Severity.WARNING)
      .override(Rule.SATISFACTION_NOT_PERCENT, Severity.WARNING)
      .override(Rule.SATISFACTION_NOT_FLOOR, Severity.WARNING)
      .override(Rule.PERCENT_ALWAYS_MET, Severity.WARNING)
      .override(Rule.DATE_SERIAL, Severity.WARNING)
      .disable(Rule.BASIS_BLANK)
      .build();

  private final Optional<IndicatorFramework> framework;
  private final Optional<TableTemplate> template;
  private final Set<IndicatorCategory> requiredCategories;
  private final BigDecimal satisfactionFloor;
  private final Map<Rule, Severity> overrides;
  private final Set<Rule> disabled;

  private ValidationPolicy(Builder b) {
    this.framework = b.framework;
    this.template = b.template;
    this.requiredCategories = Collections.unmodifiableSet(EnumSet.copyOf(b.requiredCategories));
    this.satisfactionFloor = b.satisfactionFloor;
    this.overrides = Collections.unmodifiableMap(new EnumMap<>(b.overrides));
    this.disabled = Collections.unmodifiableSet(b.disabled.isEmpty() ? EnumSet.noneOf(Rule.class)
        : EnumSet.copyOf(b.disabled));
  }

  /**
   * The national reading, the default: framework as stated by the table or inferred from its rows, every
   * category of the framework required, satisfaction targets of at least 80%, every rule at its default
   * severity.
   */
  public static ValidationPolicy national() {
    return NATIONAL;
  }

  /**
   * A lenient reading for tables as published: only 产出指标 required, no satisfaction floor, content defects
   * of codes and target values reported as warnings, a blank basis not reported.
   */
  public static ValidationPolicy lenient() {
    return LENIENT;
  }

  /**
   * The national policy for tables of one template (表样): the template's cells are the ones required and
   * its framework is the one rows are held to, unless a table states another. A missing 资金支出计划 is an
   * error only under {@link TableTemplate#SPENDING_PLAN}; a 3-digit unit code is right under
   * {@link TableTemplate#DEPARTMENT_WIDE}.
   */
  public static ValidationPolicy forTemplate(TableTemplate template) {
    return builder().template(template).build();
  }

  /** The template every table follows; empty: the validator infers each table's from its cells and rows. */
  public Optional<TableTemplate> template() {
    return template;
  }

  /** The framework to hold every table to; empty: the table's own, else the one its rows suggest. */
  public Optional<IndicatorFramework> framework() {
    return framework;
  }

  /** The categories that must have an indicator, where the table's framework has them. */
  public Set<IndicatorCategory> requiredCategories() {
    return requiredCategories;
  }

  /** The lowest acceptable satisfaction target, in percent; zero for none. */
  public BigDecimal satisfactionFloor() {
    return satisfactionFloor;
  }

  /** The severity a rule's findings get: its override, else its default. */
  public Severity severityOf(Rule rule) {
    return overrides.getOrDefault(rule, rule.defaultSeverity());
  }

  public boolean isEnabled(Rule rule) {
    return !disabled.contains(rule);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.framework = framework;
    b.template = template;
    b.requiredCategories = EnumSet.copyOf(requiredCategories);
    b.satisfactionFloor = satisfactionFloor;
    b.overrides.putAll(overrides);
    b.disabled.addAll(disabled);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValidationPolicy)) {
      return false;
    }
    ValidationPolicy p = (ValidationPolicy) o;
    return framework.equals(p.framework) && template.equals(p.template)
        && requiredCategories.equals(p.requiredCategories)
        && satisfactionFloor.compareTo(p.satisfactionFloor) == 0 && overrides.equals(p.overrides)
        && disabled.equals(p.disabled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, template, requiredCategories, satisfactionFloor.stripTrailingZeros(), overrides,
        disabled);
  }

  @Override
  public String toString() {
    return "ValidationPolicy[framework=" + framework.map(Enum::name).orElse("auto") + ", template="
        + template.map(Enum::name).orElse("auto") + ", required="
        + requiredCategories + ", satisfactionFloor=" + satisfactionFloor.toPlainString() + "%, overrides="
        + overrides + ", disabled=" + disabled + "]";
  }

  /** Builds a {@link ValidationPolicy}; starts from {@link #national()}'s settings. */
  public static final class Builder {
    private Optional<IndicatorFramework> framework = Optional.empty();
    private Optional<TableTemplate> template = Optional.empty();
    private Set<IndicatorCategory> requiredCategories = EnumSet.allOf(IndicatorCategory.class);
    private BigDecimal satisfactionFloor = new BigDecimal("80");
    private final Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
    private final Set<Rule> disabled = EnumSet.noneOf(Rule.class);

    private Builder() {}

    /** Holds every table to {@code framework}, whatever the table states. */
    public Builder framework(IndicatorFramework framework) {
      this.framework = Optional.of(framework);
      return this;
    }

    /** Uses the table's stated framework, else infers it from the rows (the default). */
    public Builder inferFramework() {
      this.framework = Optional.empty();
      return this;
    }

    /** Holds every table to {@code template}'s cells (表样), whatever the table looks like. */
    public Builder template(TableTemplate template) {
      this.template = Optional.of(template);
      return this;
    }

    /** Infers each table's template from its cells and rows (the default). */
    public Builder inferTemplate() {
      this.template = Optional.empty();
      return this;
    }

    /** The categories that must have an indicator (those the table's framework has). */
    public Builder requiredCategories(Set<IndicatorCategory> categories) {
      this.requiredCategories = categories.isEmpty() ? EnumSet.noneOf(IndicatorCategory.class)
          : EnumSet.copyOf(categories);
      return this;
    }

    /**
     * The lowest acceptable satisfaction target in percent, 0–100; zero turns the check off.
     *
     * @throws IllegalArgumentException outside 0–100
     */
    public Builder satisfactionFloor(BigDecimal percent) {
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("satisfactionFloor: expected a percentage from 0 to 100, found "
            + percent.toPlainString());
      }
      this.satisfactionFloor = percent;
      return this;
    }

    /** Reports {@code rule}'s findings with {@code severity} instead of its default. */
    public Builder override(Rule rule, Severity severity) {
      overrides.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(Rule rule) {
      disabled.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Turns a rule back on. */
    public Builder enable(Rule rule) {
      disabled.remove(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    public ValidationPolicy build() {
      return new ValidationPolicy(this);
    }
  }
}
