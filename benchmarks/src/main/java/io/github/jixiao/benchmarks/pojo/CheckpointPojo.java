package io.github.jixiao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.jixiao.core.Checkpoint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** A checkpoint of the spending plan (资金支出计划) as a hand-written POJO. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CheckpointPojo {
  @Min(1) @Max(12)
  public int month;
  @DecimalMin("0") @DecimalMax("100")
  public BigDecimal percent;

  static CheckpointPojo of(Checkpoint checkpoint) {
    CheckpointPojo p = new CheckpointPojo();
    p.month = checkpoint.month().getValue();
    p.percent = checkpoint.percent().orElse(null);
    return p;
  }
}
