package io.github.jixiao.serialization.internal.codec;

import java.util.function.Supplier;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;

/**
 * How a codec's generators write (输出设置): compact or with the format's pretty printer, and never closing
 * the caller's stream, which a single write leaves open.
 */
public class Output extends ObjectWriteContext.Base {
  private final Supplier<PrettyPrinter> printer;

  /** @param printer a new pretty printer per generator (they keep state), or null for compact output */
  public Output(Supplier<PrettyPrinter> printer) {
    this.printer = printer;
  }

  @Override
  public PrettyPrinter getPrettyPrinter() {
    return printer == null ? null : printer.get();
  }

  @Override
  public boolean hasPrettyPrinter() {
    return printer != null;
  }

  @Override
  public int getStreamWriteFeatures(int defaults) {
    return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
  }
}
