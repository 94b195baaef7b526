package org.throughcareatlas.hsds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or would do on a dry run: for each kind of entity how many were created,
 * updated, left unchanged or rejected, and every problem found (the first {@link #MAX_PROBLEMS}
 * kept, all counted).
 */
public final class ImportReport {

  /** Problems kept for showing; more are counted but not kept, so a huge bad file stays cheap. */
  public static final int MAX_PROBLEMS = 1_000;

  /** The kinds of entity counted. */
  public enum Kind {
    SERVICE("services"),
    AGENCY("organizations"),
    LOCATION("locations"),
    CONTACT("contacts"),
    TAXONOMY("taxonomies"),
    TERM("taxonomy terms");

    private final String plural;

    Kind(String plural) {
      this.plural = plural;
    }

    public String plural() {
      return plural;
    }
  }

  /** Counts for one kind. */
  public static final class Counts {
    int created;
    int updated;
    int unchanged;
    int rejected;

    public int created() {
      return created;
    }

    public int updated() {
      return updated;
    }

    public int unchanged() {
      return unchanged;
    }

    public int rejected() {
      return rejected;
    }

    public int total() {
      return created + updated + unchanged + rejected;
    }
  }

  private final String file;
  private final boolean dryRun;
  private final Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
  private final List<ImportProblem> problems = new ArrayList<>();
  private int errors;
  private int warnings;
  private boolean written;
  private long bytes;
  private long nanos;

  ImportReport(String file, boolean dryRun) {
    this.file = file;
    this.dryRun = dryRun;
    for (Kind kind : Kind.values()) {
      counts.put(kind, new Counts());
    }
  }

  void add(ImportProblem problem) {
    if (problem.isError()) {
      errors++;
    } else {
      warnings++;
    }
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }

  Counts counts(Kind kind) {
    return counts.get(kind);
  }

  void written(boolean written) {
    this.written = written;
  }

  void timing(long bytes, long nanos) {
    this.bytes = bytes;
    this.nanos = nanos;
  }

  public String file() {
    return file;
  }

  public boolean dryRun() {
    return dryRun;
  }

  /** True when the graph was changed (never on a dry run, never with errors). */
  public boolean written() {
    return written;
  }

  public Map<Kind, Counts> counts() {
    return Collections.unmodifiableMap(counts);
  }

  public Counts countsOf(Kind kind) {
    return counts.get(kind);
  }

  /** The problems kept (at most {@link #MAX_PROBLEMS}), errors and warnings in file order. */
  public List<ImportProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  public int errorCount() {
    return errors;
  }

  public int warningCount() {
    return warnings;
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public long bytes() {
    return bytes;
  }

  public double seconds() {
    return nanos / 1e9;
  }

  /** The summary printed at the end of an import: one line per kind that occurred, then totals. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-16s %8s %8s %10s %9s%n", "", "created", "updated", "unchanged", "rejected"));
    for (Kind kind : Kind.values()) {
      Counts c = counts.get(kind);
      if (c.total() == 0) {
        continue;
      }
      out.append(
          String.format(
              "%-16s %8d %8d %10d %9d%n",
              kind.plural(), c.created, c.updated, c.unchanged, c.rejected));
    }
    out.append(errors)
        .append(errors == 1 ? " error, " : " errors, ")
        .append(warnings)
        .append(warnings == 1 ? " warning" : " warnings");
    if (seconds() > 0) {
      int services = counts.get(Kind.SERVICE).total();
      out.append(String.format("; %.1f s", seconds()));
      if (services >= 100) {
        out.append(String.format(", %,.0f services/s", services / seconds()));
      }
    }
    out.append(System.lineSeparator());
    if (dryRun) {
      out.append("Dry run: nothing was written.");
    } else if (written) {
      out.append("Imported into Atlas.");
    } else if (errors > 0) {
      out.append("Nothing was written: the file has errors.");
    } else {
      out.append("Nothing to write: everything is unchanged.");
    }
    return out.toString();
  }
}
