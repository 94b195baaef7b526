package org.throughcareatlas.hsds;

import java.io.IOException;
import java.nio.file.Path;

/** HSDS tabular datapackage. */
final class Datapackage {
  private Datapackage() {}

  static DocumentSource of(Path file) throws IOException {
    throw new ImportFileException(ImportProblem.error(file.toString(), "", "not yet"));
  }
}
