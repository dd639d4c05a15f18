/**
 * The front door for reading (读取入口): {@link io.github.jixiao.serialization.files.TableFiles} reads a file of
 * any supported format — told by its extension or its first bytes — once, from its start to its end, so a
 * pipe, a FIFO or standard input is read like a file. A format is a
 * {@link io.github.jixiao.serialization.files.FormatReader}; the built-in ones are JSON, XML, indicator sheets
 * and published text, and more can be registered.
 */
package io.github.jixiao.serialization.files;
