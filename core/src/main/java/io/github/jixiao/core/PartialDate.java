package io.github.jixiao.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date (日期) written to the precision a table gives it: a year ({@code 2025年}), a month ({@code 2025年12月},
 * {@code 12月}) or a day ({@code 2025年12月31日}). The year may be left out, as in {@code 12月底前}.
 */
public final class PartialDate {
  /** How much of the date is written. */
  public enum Precision { YEAR, MONTH, DAY }

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** A year alone. */
  public static PartialDate ofYear(int year) {
    return checked(year, 0, 0);
  }

  /** A month of a year. */
  public static PartialDate of(int year, int month) {
    return checked(year, month, 0);
  }

  /** A day. */
  public static PartialDate of(int year, int month, int day) {
    return checked(year, month, day);
  }

  /** A month of an unstated year. */
  public static PartialDate ofMonth(int month) {
    return checked(0, month, 0);
  }

  /** A day of an unstated year. */
  public static PartialDate ofMonthDay(int month, int day) {
    return checked(0, month, day);
  }

  /** Returns null instead of throwing, for the grammar. */
  static PartialDate orNull(int year, int month, int day) {
    if (year != 0 && (year < 1900 || year > 2199)) {
      return null;
    }
    if ((month == 0 && (year == 0 || day != 0)) || month > 12) {
      return null;
    }
    if (day != 0) {
      int length = year == 0 ? Month.of(month).maxLength() : YearMonth.of(year, month).lengthOfMonth();
      if (day > length) {
        return null;
      }
    }
    return new PartialDate(year, month, day);
  }

  private static PartialDate checked(int year, int month, int day) {
    PartialDate d = orNull(year, month, day);
    if (d == null) {
      throw new IllegalArgumentException(
          "not a date between 1900 and 2199: year " + year + ", month " + month + ", day " + day);
    }
    return d;
  }

  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date covers, when the year is known. */
  public Optional<LocalDate> firstDay() {
    if (year == 0) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day));
  }

  /** The last day this date covers, when the year is known: {@code 2025年12月} ends on 2025-12-31. */
  public Optional<LocalDate> lastDay() {
    if (year == 0) {
      return Optional.empty();
    }
    if (month == 0) {
      return Optional.of(LocalDate.of(year, 12, 31));
    }
    return Optional.of(day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day));
  }

  /** This month or day in year {@code y}; null when the day does not exist in that year (29 February). */
  PartialDate inYear(int y) {
    return orNull(y, month, day);
  }

  /** {@code 2025年12月31日}, {@code 2025年12月}, {@code 2025年}, {@code 12月}. */
  String toChinese() {
    StringBuilder b = new StringBuilder();
    if (year != 0) {
      b.append(year).append('年');
    }
    if (month != 0) {
      b.append(month).append('月');
    }
    if (day != 0) {
      b.append(day).append('日');
    }
    return b.toString();
  }

  /** {@code 2025.12.31}, {@code 2025.12}, {@code 2025年}; without a year, the Chinese form. */
  String toDotted() {
    if (year == 0 || month == 0) {
      return toChinese();
    }
    String ym = year + "." + (month < 10 ? "0" : "") + month;
    return day == 0 ? ym : ym + "." + (day < 10 ? "0" : "") + day;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate && ((PartialDate) o).year == year && ((PartialDate) o).month == month
        && ((PartialDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day);
  }

  @Override
  public String toString() {
    return toChinese();
  }
}
