package org.throughcareatlas.hsds;

/** Told how an import goes: each pass over the file, by bytes read. */
public interface ImportProgress {

  /** A pass over the file starts ("Checking", "Writing"); {@code totalBytes} may be 0. */
  default void pass(String name, long totalBytes) {}

  /** Bytes read so far in this pass, and services and organizations read so far. */
  default void advanced(long bytesRead, long documents) {}

  /** The pass ended. */
  default void passDone() {}

  ImportProgress NONE = new ImportProgress() {};
}
