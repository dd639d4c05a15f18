/**
 * The token-level seam under the jixiao wire format (格式适配接口), for the {@code jixiao-jackson2} adapter and
 * not an API: its types may change in any release. The format's walk ({@code WireFormat}) reads through a
 * {@link io.github.jixiao.serialization.spi.TokenReader} and writes through a
 * {@link io.github.jixiao.serialization.spi.TokenWriter}; a Jackson 3 adapter lives beside the walk and a
 * Jackson 2 adapter in {@code jixiao-jackson2}, so the format is defined once and both Jacksons write the same
 * bytes.
 */
package io.github.jixiao.serialization.spi;
