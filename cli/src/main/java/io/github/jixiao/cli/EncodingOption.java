package io.github.jixiao.cli;

import java.io.InputStream;
import java.nio.charset.Charset;
import picocli.CommandLine.Option;

/**
 * The {@code --encoding} option (文件编码) of the commands that read files: the encoding every input is in, for
 * the files whose bytes do not tell it. Unset, each file's own bytes tell it (a byte-order mark, else UTF-8,
 * else GBK/GB18030 for sheets and published text, with a read warning saying so).
 */
final class EncodingOption {
  @Option(names = "--encoding", paramLabel = "GBK|GB18030|UTF-8|UTF-16LE|UTF-16BE",
      description = "The encoding of every input (any Java charset name). Default: told from each file's bytes —"
          + " a byte-order mark, else UTF-8, else GBK/GB18030 for sheets and published text (reported as a read"
          + " warning); JSON by its first bytes, XML by its declaration.")
  private Charset encoding;

  /** A reader of inputs in the encoding given, or telling each one's from its bytes. */
  InputReader reader(InputStream standardInput) {
    return new InputReader(standardInput, encoding);
  }
}
