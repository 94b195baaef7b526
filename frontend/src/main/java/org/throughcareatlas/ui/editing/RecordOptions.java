package org.throughcareatlas.ui.editing;

import java.util.List;
import java.util.Map;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.ui.editing.RecordDialog.Option;

/** The lists a record's list fields choose from: needs, council areas, circumstances, prisons. */
public final class RecordOptions {

  private RecordOptions() {}

  public static Map<String, List<Option>> of(DirectoryQueries directory) {
    List<Option> needs =
        directory.needs().stream()
            .map(n -> new Option(n.id(), n.topLevel() ? n.name() : "— " + n.name()))
            .toList();
    List<Option> areas =
        directory.areas().stream().map(a -> new Option(a.code(), a.name())).toList();
    List<Option> circumstances =
        directory.circumstances().stream().map(c -> new Option(c.id(), c.name())).toList();
    List<Option> prisons =
        directory.prisons().stream().map(p -> new Option(p.id(), p.name())).toList();
    return Map.of(
        "needs", needs,
        "covers", areas,
        "baseArea", areas,
        "area", areas,
        "onlyFor", circumstances,
        "inReach", prisons);
  }
}
