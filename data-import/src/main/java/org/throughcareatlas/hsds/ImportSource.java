package org.throughcareatlas.hsds;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A file read as a stream of {@link ImportDocument}s, as many times as the import needs
 * (validation, then writing). Implementations read one document at a time where the format allows,
 * and report the bytes read so far for progress.
 */
interface ImportSource {

  /** The file's name, as problems show it. */
  String name();

  /** The total size in bytes (for progress), or 0 when not known. */
  long size();

  /**
   * Reads every document in order.
   *
   * @param bytesRead told the bytes read so far, now and then
   * @throws ImportFileException when the file cannot be read on
   */
  void read(Consumer<ImportDocument> documents, java.util.function.LongConsumer bytesRead)
      throws IOException;
}
