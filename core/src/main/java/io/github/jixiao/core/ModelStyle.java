package io.github.jixiao.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: JDK collections only, the generated {@code Immutable*} classes
 * hidden behind each abstract type, and builders reached through the abstract type's {@code builder()}.
 * Retention is {@code CLASS} so that nothing of Immutables is needed at run time.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true),
    // Optional attributes accept a plain value or an Optional; a null reaches the builder only as a mistake.
    optionalAcceptNullable = false,
    depluralize = true,
    // Every @Value.Default is a constant that reads no other attribute, so there is no initialisation order to
    // guard: without this, each object built allocates a shim and writes a volatile field twice.
    unsafeDefaultAndDerived = true,
    depluralizeDictionary = {"indicator", "goal", "statement", "checkpoint", "table"})
@interface ModelStyle {}
