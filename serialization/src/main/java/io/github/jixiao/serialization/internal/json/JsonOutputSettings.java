package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.serialization.internal.codec.Output;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * How a {@code JsonOutput}'s generator writes (流式写出设置): the codec's output settings (the caller's
 * writer is never closed), lowercase hex in {@code \}{@code u} escapes, a slash as typed, the
 * {@linkplain ScriptSafeEscapes script-safe escapes}, a {@code BigDecimal} in plain digits, no closing of
 * what the caller left open, and nothing between values at the top (the writer ends each with a line break).
 */
public final class JsonOutputSettings extends Output {
  /** Writing needs none of the codec's read limits: one plain factory serves every output. */
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final SerializableString NOTHING = new SerializedString("");

  public static final JsonOutputSettings COMPACT = new JsonOutputSettings(false);
  public static final JsonOutputSettings ARRAY_ITEMS_ON_LINES = new JsonOutputSettings(true);

  private JsonOutputSettings(boolean arrayItemsOnLines) {
    super(arrayItemsOnLines ? () -> ArrayItemLines.INSTANCE : null);
  }

  /** A generator on {@code out}, which it flushes but never closes. */
  public JsonGenerator open(Writer out) {
    return FACTORY.createGenerator(this, out);
  }

  @Override
  public CharacterEscapes getCharacterEscapes() {
    return ScriptSafeEscapes.INSTANCE;
  }

  @Override
  public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
    return NOTHING;
  }

  @Override
  public int getStreamWriteFeatures(int defaults) {
    // An unfinished value stays unfinished: closed by the generator, a cut-off output would look whole.
    return (super.getStreamWriteFeatures(defaults) & ~StreamWriteFeature.AUTO_CLOSE_CONTENT.getMask())
        | StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.getMask();
  }

  @Override
  public int getFormatWriteFeatures(int defaults) {
    return defaults & ~(JsonWriteFeature.WRITE_HEX_UPPER_CASE.getMask()
        | JsonWriteFeature.ESCAPE_FORWARD_SLASHES.getMask());
  }
}
