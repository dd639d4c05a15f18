package io.github.jixiao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.jixiao.core.Deadline;
import io.github.jixiao.core.Period;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.TargetValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A target value (指标值) as a hand-written POJO: the text and, when the team parsed it, its parts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TargetPojo {
  @NotBlank @Size(max = 60)
  public String text;
  @NotNull @Pattern(regexp = "QUANTITY|DEADLINE|PERIOD|QUALITATIVE|BLANK")
  public String kind;
  public String comparison;
  public BigDecimal amount;
  @Size(max = 12)
  public String unit;
  public String date;
  public String start;
  public String end;

  static TargetPojo of(TargetValue value) {
    TargetPojo p = new TargetPojo();
    p.text = value.raw();
    p.kind = value.kind().name();
    if (value instanceof Quantity q) {
      p.comparison = q.comparison().name();
      p.amount = q.amount();
      p.unit = q.unit();
    } else if (value instanceof Deadline d) {
      p.date = d.date().toString();
    } else if (value instanceof Period r) {
      p.start = r.start().toString();
      p.end = r.end().toString();
    }
    return p;
  }
}
