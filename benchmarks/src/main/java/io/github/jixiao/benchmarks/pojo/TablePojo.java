package io.github.jixiao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.jixiao.core.ProjectTargetTable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** A project target table (项目支出绩效目标表) as a hand-written POJO. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "table")
public class TablePojo {
  public Integer formatVersion;
  @Min(1900) @Max(2200)
  public Integer fiscalYear;
  @NotNull @Valid
  public UnitPojo unit;
  @Pattern(regexp = "YUAN|WAN_YUAN|YI_YUAN")
  public String amountUnit;
  @NotBlank @Size(min = 21, max = 21) @Pattern(regexp = "\\d{8}[0-9A-Z]{13}")
  public String projectCode;
  @NotBlank @Size(max = 200)
  public String projectName;
  @NotNull @Valid
  public BudgetPojo budget;
  @Size(max = 2000)
  public String fundUse;
  @Valid @Size(max = 12)
  @JacksonXmlElementWrapper(localName = "spendingPlan") @JacksonXmlProperty(localName = "checkpoint")
  public List<CheckpointPojo> spendingPlan = new ArrayList<>();
  @JacksonXmlElementWrapper(localName = "goals") @JacksonXmlProperty(localName = "goal")
  public List<@NotBlank @Size(max = 500) String> goals = new ArrayList<>();
  @NotEmpty @Valid
  @JacksonXmlElementWrapper(localName = "indicators") @JacksonXmlProperty(localName = "indicator")
  public List<IndicatorPojo> indicators = new ArrayList<>();
  public Boolean complete;

  /** The same cells as {@code table}, as the baseline holds them. */
  public static TablePojo of(ProjectTargetTable table) {
    TablePojo p = new TablePojo();
    p.formatVersion = 1;
    p.fiscalYear = table.fiscalYear().map(y -> y.getValue()).orElse(null);
    p.unit = table.unit().map(UnitPojo::of).orElse(null);
    p.amountUnit = table.amountUnit().name();
    p.projectCode = table.projectCode().orElse(null);
    p.projectName = table.projectName().orElse(null);
    p.budget = BudgetPojo.of(table.budget());
    p.fundUse = table.fundUse().orElse(null);
    table.spendingPlan().checkpoints().forEach(c -> p.spendingPlan.add(CheckpointPojo.of(c)));
    p.goals.addAll(table.goals());
    table.indicators().forEach(i -> p.indicators.add(IndicatorPojo.of(i)));
    p.complete = table.complete() ? null : Boolean.FALSE;
    return p;
  }
}
