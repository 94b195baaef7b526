package org.throughcareatlas.hsds;

import java.nio.file.Files;
import java.nio.file.Path;

/** The HSDS reference material beside the clone ({@code ../shared/hsds}), read by tests only. */
final class SharedHsds {
  private SharedHsds() {}

  static Path dir() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("hsds");
      if (Files.isDirectory(candidate.resolve("hsds-3.0"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "The HSDS examples are expected in ../shared/hsds beside the clone; not found from "
            + here);
  }

  static Path example(String profile, String file) {
    return dir().resolve(profile).resolve("examples").resolve(file);
  }
}
