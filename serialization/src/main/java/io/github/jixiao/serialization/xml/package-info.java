/**
 * The jixiao XML format, version 1 (XML 格式): {@link io.github.jixiao.serialization.xml.XmlCodec} reads and
 * writes tables, documents and sequences of tables, with hardened parsing (no DTD, no entities, Woodstox
 * limits). The XSD ships beside it as {@code jixiao-1.xsd}.
 */
package io.github.jixiao.serialization.xml;
