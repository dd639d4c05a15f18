package io.github.jixiao.serialization;

import java.util.Objects;

/**
 * The bounds every reader stays within (读取限制), in the manner of Jackson's {@code StreamReadConstraints}:
 * one set of names for the JSON and XML codecs, the sheet reader, the published-text reader and the front door,
 * each with a named default fit for published tables. Hostile input (a gigabyte file, a million columns, a line
 * with no end) fails fast with a located {@link ReadException} naming the limit to raise.
 *
 * <pre>{@code
 * ReadLimits tight = ReadLimits.builder().maxDocumentLength(1 << 20).maxRows(5_000).build();
 * SheetReader sheets = SheetReader.builder().limits(tight).build();
 * ReadLimits wider = tight.rebuild().maxStringLength(100_000).build();
 * }</pre>
 *
 * <p>A limit a format has no use for is ignored by its reader: rows and columns bound only the sheet, lines only
 * published text, nesting, numbers, names and lists only JSON and XML. Immutable and thread-safe.
 */
public final class ReadLimits {
  /** The largest single input, table or document: 64 MiB, in bytes (characters for a {@code Reader}). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L << 20;
  /** The longest text: a JSON string, XML text, a sheet cell or a line of published text; 1,000,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** How deep JSON objects and arrays or XML elements nest: 32, where the format needs at most 8. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** The longest JSON number, in characters: 200. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 200;
  /** The longest JSON property or XML element name, in characters: 200. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 200;
  /** The most items in one JSON or XML list (indicators, goals, checkpoints, a document's tables): 10,000. */
  public static final int DEFAULT_MAX_LIST_LENGTH = 10_000;
  /** The most rows of a sheet, header included: 200,000. */
  public static final int DEFAULT_MAX_ROWS = 200_000;
  /** The most columns of a sheet row: 256. */
  public static final int DEFAULT_MAX_COLUMNS = 256;
  /** The most lines of a published text document: 500,000. */
  public static final int DEFAULT_MAX_LINES = 500_000;

  private static final ReadLimits DEFAULTS = new Builder().build();

  private final long maxDocumentLength;
  private final int maxStringLength;
  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxListLength;
  private final int maxRows;
  private final int maxColumns;
  private final int maxLines;

  private ReadLimits(Builder b) {
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxStringLength = b.maxStringLength;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxNumberLength = b.maxNumberLength;
    this.maxNameLength = b.maxNameLength;
    this.maxListLength = b.maxListLength;
    this.maxRows = b.maxRows;
    this.maxColumns = b.maxColumns;
    this.maxLines = b.maxLines;
  }

  /** Every limit at its {@code DEFAULT_*} value. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these limits, to change some and keep the rest. */
  public Builder rebuild() {
    return new Builder(this);
  }

  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  public int maxStringLength() {
    return maxStringLength;
  }

  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  public int maxNumberLength() {
    return maxNumberLength;
  }

  public int maxNameLength() {
    return maxNameLength;
  }

  public int maxListLength() {
    return maxListLength;
  }

  public int maxRows() {
    return maxRows;
  }

  public int maxColumns() {
    return maxColumns;
  }

  public int maxLines() {
    return maxLines;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits l && maxDocumentLength == l.maxDocumentLength
        && maxStringLength == l.maxStringLength && maxNestingDepth == l.maxNestingDepth
        && maxNumberLength == l.maxNumberLength && maxNameLength == l.maxNameLength
        && maxListLength == l.maxListLength && maxRows == l.maxRows && maxColumns == l.maxColumns
        && maxLines == l.maxLines;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxStringLength, maxNestingDepth, maxNumberLength, maxNameLength,
        maxListLength, maxRows, maxColumns, maxLines);
  }

  @Override
  public String toString() {
    return "ReadLimits[maxDocumentLength=" + maxDocumentLength + ", maxStringLength=" + maxStringLength
        + ", maxNestingDepth=" + maxNestingDepth + ", maxNumberLength=" + maxNumberLength + ", maxNameLength="
        + maxNameLength + ", maxListLength=" + maxListLength + ", maxRows=" + maxRows + ", maxColumns="
        + maxColumns + ", maxLines=" + maxLines + "]";
  }

  /** Builds {@link ReadLimits}; every setter refuses a limit below 1, naming it. */
  public static final class Builder {
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxListLength = DEFAULT_MAX_LIST_LENGTH;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxColumns = DEFAULT_MAX_COLUMNS;
    private int maxLines = DEFAULT_MAX_LINES;

    private Builder() {}

    private Builder(ReadLimits l) {
      maxDocumentLength = l.maxDocumentLength;
      maxStringLength = l.maxStringLength;
      maxNestingDepth = l.maxNestingDepth;
      maxNumberLength = l.maxNumberLength;
      maxNameLength = l.maxNameLength;
      maxListLength = l.maxListLength;
      maxRows = l.maxRows;
      maxColumns = l.maxColumns;
      maxLines = l.maxLines;
    }

    /** See {@link #DEFAULT_MAX_DOCUMENT_LENGTH}. A sequence of tables is bounded per table, not as a whole. */
    public Builder maxDocumentLength(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxDocumentLength: expected at least 1, found " + max);
      }
      maxDocumentLength = max;
      return this;
    }

    /** See {@link #DEFAULT_MAX_STRING_LENGTH}. */
    public Builder maxStringLength(int max) {
      maxStringLength = positive("maxStringLength", max);
      return this;
    }

    /** See {@link #DEFAULT_MAX_NESTING_DEPTH}. */
    public Builder maxNestingDepth(int max) {
      maxNestingDepth = positive("maxNestingDepth", max);
      return this;
    }

    /** See {@link #DEFAULT_MAX_NUMBER_LENGTH}. */
    public Builder maxNumberLength(int max) {
      maxNumberLength = positive("maxNumberLength", max);
      return this;
    }

    /** See {@link #DEFAULT_MAX_NAME_LENGTH}. */
    public Builder maxNameLength(int max) {
      maxNameLength = positive("maxNameLength", max);
      return this;
    }

    /** See {@link #DEFAULT_MAX_LIST_LENGTH}. */
    public Builder maxListLength(int max) {
      maxListLength = positive("maxListLength", max);
      return this;
    }

    /** See {@link #DEFAULT_MAX_ROWS}. */
    public Builder maxRows(int max) {
      maxRows = positive("maxRows", max);
      return this;
    }

    /** See {@link #DEFAULT_MAX_COLUMNS}. */
    public Builder maxColumns(int max) {
      maxColumns = positive("maxColumns", max);
      return this;
    }

    /** See {@link #DEFAULT_MAX_LINES}. */
    public Builder maxLines(int max) {
      maxLines = positive("maxLines", max);
      return this;
    }

    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + ": expected at least 1, found " + value);
      }
      return value;
    }
  }
}
