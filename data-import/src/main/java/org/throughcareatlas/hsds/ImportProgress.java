package org.throughcareatlas.hsds;

/** Told how an import goes: each pass over the file, by bytes read. */
public interface ImportProgress {

  /**
   * A pass over the file starts ("Checking", "Comparing", "Writing", "Linking"), or the last step
   * of an import, "Saving" (the commit, which reads no bytes: {@code totalBytes} 0); {@code
   * totalBytes} may also be 0 when the file's size is not known.
   */
  default void pass(String name, long totalBytes) {}

  /** Bytes read so far in this pass, and services and organizations read so far. */
  default void advanced(long bytesRead, long documents) {}

  /** The pass ended. */
  default void passDone() {}

  ImportProgress NONE = new ImportProgress() {};
}
