package org.throughcareatlas.hsds;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One top-level HSDS object read from a file: a service or an organization with everything nested
 * in it. {@code where} names it for problems ({@code list.json:$.contents[3]}, {@code
 * services.csv:row 5}); {@code extras} carries the Atlas-only fields a spreadsheet row may give.
 */
record ImportDocument(
    String where, Type type, ObjectNode node, AtlasExtras extras, List<ImportProblem> problems) {

  /** What the object is. */
  enum Type {
    SERVICE,
    ORGANIZATION,
    /** A datapackage's taxonomy term, kept even when no attribute links to it. */
    TAXONOMY_TERM,
    /** A datapackage's taxonomy. */
    TAXONOMY
  }

  /** Atlas's own service fields that HSDS has no place for (from the spreadsheet). */
  record AtlasExtras(boolean selfReferral, List<String> referralRoutes, String capacity) {}

  ImportDocument(String where, Type type, ObjectNode node) {
    this(where, type, node, null, List.of());
  }

  /** True when reading it already found an error (a spreadsheet cell, a datapackage row). */
  boolean failedToRead() {
    return problems.stream().anyMatch(ImportProblem::isError);
  }
}
