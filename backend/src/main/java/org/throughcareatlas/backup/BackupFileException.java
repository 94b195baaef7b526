package org.throughcareatlas.backup;

/** A backup file that cannot be restored: not an Atlas backup, truncated, or damaged. */
public class BackupFileException extends RuntimeException {

  public BackupFileException(String problem) {
    super("This is not a complete Atlas backup: " + problem + ". Nothing was restored.");
  }
}
