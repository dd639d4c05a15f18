/**
 * The baseline: plain mutable POJOs with the fields of a project target table, as a team would write them by
 * hand for Jackson databind and Hibernate Validator, with the field-level constraints such a team would
 * declare. Public fields keep them short; Jackson and Hibernate Validator read fields as fast as getters.
 */
package io.github.jixiao.benchmarks.pojo;
