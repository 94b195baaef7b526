package org.throughcareatlas.hsds;

import java.io.IOException;
import java.nio.file.Path;

/** Atlas's spreadsheet: one row per service (columns in README "Importing data"). */
final class Spreadsheet {
  private Spreadsheet() {}

  static DocumentSource of(Path file, Reference reference) throws IOException {
    throw new ImportFileException(ImportProblem.error(file.toString(), "", "not yet"));
  }
}
