/**
 * The Jackson 3 module of the jixiao wire format (格式模块): hand-written serializers and deserializers shared
 * by JSON and XML, found by {@link java.util.ServiceLoader}. {@link io.github.jixiao.serialization.jackson.JixiaoModule}
 * plugs into any mapper; {@link io.github.jixiao.serialization.jackson.ReadSession} carries a read's options and
 * warnings; {@link io.github.jixiao.serialization.jackson.FormatException} is what a plain mapper throws.
 */
package io.github.jixiao.serialization.jackson;
