/**
 * Formats of the jixiao model (序列化): JSON and XML through Jackson 3, indicator sheets (CSV/TSV) and published
 * text documents. One sub-package per format, one facade each.
 */
package io.github.jixiao.serialization;
