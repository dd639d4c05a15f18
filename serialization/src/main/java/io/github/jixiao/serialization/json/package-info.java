/**
 * The jixiao JSON format, version 1 (JSON 格式): {@link io.github.jixiao.serialization.json.JsonCodec} reads and
 * writes tables, documents and sequences of tables (a JSON array or JSON Lines). The JSON Schema ships beside
 * it as {@code jixiao-1.schema.json}. {@link io.github.jixiao.serialization.json.JsonOutput} writes JSON of the
 * caller's own shape, value by value, for output such as a report that is not a table.
 */
package io.github.jixiao.serialization.json;
