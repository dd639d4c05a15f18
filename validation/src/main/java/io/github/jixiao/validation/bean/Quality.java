package io.github.jixiao.validation.bean;

/**
 * The Bean Validation group of quality findings (质量提示): the warnings and infos of the rules, which do not
 * block storage. The {@link jakarta.validation.groups.Default} group holds the errors, which do.
 *
 * <pre>{@code
 * validator.validate(table);                  // errors: must not be stored
 * validator.validate(table, Quality.class);   // warnings and infos
 * }</pre>
 */
public interface Quality {}
