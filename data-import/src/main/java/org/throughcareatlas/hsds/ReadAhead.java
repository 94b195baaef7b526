package org.throughcareatlas.hsds;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads an import's batches on a thread of its own, a few batches ahead of the thread that writes
 * them: parsing and mapping the file then overlap with the database's work instead of waiting for
 * it. At most {@link #BATCHES_AHEAD} batches wait, so memory stays bounded however large the file.
 *
 * <p>The reader's failure ({@link ImportFileException} for a file that cannot be read on, an {@link
 * IOException}) is thrown by {@link #next()} in the writer's thread, in order, after the batches
 * read before it. Closing early (the writer failed) stops the reader and waits for it, so the file
 * is closed when {@link #close()} returns.
 */
final class ReadAhead implements AutoCloseable {

  static final int BATCHES_AHEAD = 2;

  /**
   * A batch of entities (empty for the last one when the file ends on a full batch), the ordinal of
   * the last document read for it, and the bytes of the file read so far.
   */
  record Batch(List<ImportedEntity> entities, long lastDocument, long bytes) {}

  /** Reads the file, handing each batch to {@code ready} as it is full, and the rest at the end. */
  interface Reader {
    void read(Consumer<Batch> ready) throws IOException;
  }

  private record Failure(Throwable cause) {}

  private static final Object END = new Object();

  /** Thrown in the reader's thread to stop it once the writer has gone. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
  private final Thread thread;
  private volatile boolean closed;
  private boolean ended;

  ReadAhead(String name, Reader reader) {
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("atlas-import-read " + name)
            .start(
                () -> {
                  Object last;
                  try {
                    reader.read(this::hand);
                    last = END;
                  } catch (Stopped e) {
                    return;
                  } catch (IOException | RuntimeException | Error e) {
                    last = new Failure(e);
                  }
                  try {
                    hand(last);
                  } catch (Stopped e) {
                    // the writer has gone: nobody is waiting for the end
                  }
                });
  }

  private void hand(Object item) {
    if (closed) {
      throw new Stopped();
    }
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  /**
   * The next batch, or null at the end of the file.
   *
   * @throws IOException or {@link ImportFileException} as the reader met it
   */
  Batch next() throws IOException {
    if (ended) {
      return null;
    }
    Object item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while reading the file");
    }
    if (item == END) {
      ended = true;
      return null;
    }
    if (item instanceof Failure(Throwable cause)) {
      ended = true;
      switch (cause) {
        case IOException e -> throw e;
        case RuntimeException e -> throw e;
        case Error e -> throw e;
        default -> throw new IllegalStateException(cause);
      }
    }
    return (Batch) item;
  }

  /** Stops the reader if it is still going, and waits until it has. */
  @Override
  public void close() {
    closed = true;
    if (thread.isAlive()) {
      thread.interrupt();
      queue.clear();
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
