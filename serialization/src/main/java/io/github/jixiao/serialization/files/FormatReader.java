package io.github.jixiao.serialization.files;

import io.github.jixiao.serialization.ReadLimits;
import java.io.InputStream;

/**
 * One format the front door reads (格式读取器): how it is recognised — by the file name's extension or by the
 * first bytes of the content — and how an input in it is opened. The built-in formats are {@code json},
 * {@code xml}, {@code sheet} and {@code text}; a format registered with
 * {@link TableFiles.Builder#format(FormatReader)} is asked before them, and so is one a module on the class or
 * module path provides as a service ({@code provides io.github.jixiao.serialization.files.FormatReader with …}
 * in its module descriptor, or a {@code META-INF/services} entry): jixiao-office provides {@code xlsx} so.
 * A provided format has a public no-argument constructor (or a public static {@code provider()} method on the
 * module path) and gets the front door's settings through {@link #configured(ReadLimits, boolean)}.
 *
 * <p>Implementations are thread-safe: one front door reads many inputs, possibly at once.
 */
public interface FormatReader {

  /** The format's name, lower case, as a user selects it ({@code json}, {@code sheet}). */
  String name();

  /** Whether a file named {@code fileName} (lower case) is in this format by its extension alone. */
  boolean claims(String fileName);

  /**
   * Whether content starting with {@code head} (at most {@link TableFiles#HEAD_BYTES} bytes, fewer when the
   * input is shorter) looks like this format.
   */
  boolean recognizes(byte[] head);

  /**
   * Opens {@code in}, positioned at the input's first byte, and starts reading it. The returned input owns
   * {@code in}: closing it closes the stream.
   *
   * @param source the input's name for messages, e.g. {@code budget.json}
   * @throws io.github.jixiao.serialization.ReadException when the input is not in this format, naming the place
   */
  TableInput open(InputStream in, String source);

  /**
   * This format reading with the front door's {@code limits} and leniency: a format the front door finds as a
   * service is made without them. The default returns this format unchanged, for a format that has no settings
   * or was registered already configured.
   */
  default FormatReader configured(ReadLimits limits, boolean lenient) {
    return this;
  }
}
