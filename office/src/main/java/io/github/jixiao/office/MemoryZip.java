package io.github.jixiao.office;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip of a workbook whose bytes are in memory (内存中的压缩包), read as POI reads a file's: by its central
 * directory, each part inflated only when it is read, so a stream's workbook is not inflated whole into memory
 * before its sheets are parsed. POI's guards for files hold here too: a part expanding to more than a hundred
 * times its compressed size (POI's minimum inflate ratio, past its grace size) or past its largest entry size
 * ends with an {@link IOException} saying "Zip bomb", as POI's own does.
 */
final class MemoryZip implements ZipEntrySource {
  private final ZipFile zip;
  private boolean closed;

  private MemoryZip(ZipFile zip) {
    this.zip = zip;
  }

  /** The zip in {@code bytes}; an {@link IOException} when its central directory cannot be read. */
  static MemoryZip of(byte[] bytes) throws IOException {
    return new MemoryZip(ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get());
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return zip.getEntries();
  }

  @Override
  public ZipArchiveEntry getEntry(String path) {
    return zip.getEntry(path);
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
    return new Guarded(zip.getInputStream(entry), entry);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    zip.close();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** A part as it is inflated, refused as soon as it outgrows its compressed size beyond POI's ratio. */
  private static final class Guarded extends FilterInputStream {
    private final ZipArchiveEntry entry;
    private long inflated;

    Guarded(InputStream in, ZipArchiveEntry entry) {
      super(in);
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws IOException {
      inflated += n;
      if (inflated > ZipSecureFile.getMaxEntrySize()) {
        throw new IOException("Zip bomb detected! The part " + entry.getName() + " inflates past "
            + ZipSecureFile.getMaxEntrySize() + " bytes");
      }
      if (inflated > ZipSecureFile.getGraceEntrySize()
          && (double) entry.getCompressedSize() / inflated < ZipSecureFile.getMinInflateRatio()) {
        throw new IOException("Zip bomb detected! The part " + entry.getName() + " inflates more than "
            + Math.round(1 / ZipSecureFile.getMinInflateRatio()) + " times its compressed size");
      }
    }
  }
}
