package org.throughcareatlas.backup;

/** Told how far a backup or restore has got; the command line draws a progress bar from it. */
@FunctionalInterface
public interface BackupProgress {

  /** {@code done} of {@code total} nodes and relationships are written. */
  void update(long done, long total);

  /** Reports nothing. */
  BackupProgress NONE = (done, total) -> {};
}
