package org.throughcareatlas.hsds;

import java.util.Map;
import java.util.TreeMap;

/** Where an import's time goes, when {@code -Datlas.import.timing=true} (for the benchmark). */
final class ImportTiming {
  private static final boolean ON = Boolean.getBoolean("atlas.import.timing");
  private static final Map<String, long[]> TIMES = new TreeMap<>();

  private ImportTiming() {}

  static synchronized void add(String what, long startedNanos) {
    if (ON) {
      long[] t = TIMES.computeIfAbsent(what, k -> new long[2]);
      t[0] += System.nanoTime() - startedNanos;
      t[1]++;
    }
  }

  static synchronized String report() {
    StringBuilder out = new StringBuilder();
    TIMES.forEach(
        (what, t) -> out.append(String.format("%8.2f s %6d× %s%n", t[0] / 1e9, t[1], what)));
    TIMES.clear();
    return out.toString();
  }
}
