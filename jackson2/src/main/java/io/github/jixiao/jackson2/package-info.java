/**
 * The jixiao wire format for Jackson 2 (Jackson 2 格式模块), for applications that still run Jackson 2, such as
 * Spring Boot 3: {@link io.github.jixiao.jackson2.JixiaoJackson2Module} plugs into an {@code ObjectMapper} or
 * {@code XmlMapper} and reads and writes the same bytes as the Jackson 3 module of {@code jixiao-serialization};
 * {@link io.github.jixiao.jackson2.Jackson2FormatException} is what its readers throw.
 */
package io.github.jixiao.jackson2;
