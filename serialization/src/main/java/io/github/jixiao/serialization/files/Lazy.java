package io.github.jixiao.serialization.files;

import java.util.function.Supplier;

/**
 * A reader made on first use (延迟创建): a run over sheets never pays for starting Jackson, a run over JSON never
 * for the XML stack.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile T value;

  private Lazy(Supplier<T> make) {
    this.make = make;
  }

  static <T> Lazy<T> of(Supplier<T> make) {
    return new Lazy<>(make);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          value = v;
        }
      }
    }
    return v;
  }
}
