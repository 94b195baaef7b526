package org.throughcareatlas.commissioning;

import java.util.List;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Circumstance;
import org.throughcareatlas.directory.Need;

/**
 * Needs (rows) × council areas (columns): in each cell the active services covering the area that
 * meet the need or a narrower one and are open to the group, and the distinct agencies providing
 * them ({@code cypher/analysis/coverage_matrix.cypher}).
 *
 * @param group the group of people, null for everyone
 * @param areas the columns, by name
 * @param rows one per need: broad needs, each followed by its narrower needs when asked for
 */
public record CoverageMatrix(Circumstance group, List<Area> areas, List<Row> rows) {

  /** One need's cells, in the order of {@link #areas()}. */
  public record Row(Need need, List<Cell> cells) {}

  /** One need in one area. */
  public record Cell(Need need, Area area, int services, int agencies) {}

  /** The cell for a need and an area, or null when the matrix has no such row or column. */
  public Cell cell(String needId, String areaCode) {
    return rows.stream()
        .filter(r -> r.need().id().equals(needId))
        .flatMap(r -> r.cells().stream())
        .filter(c -> c.area().code().equals(areaCode))
        .findFirst()
        .orElse(null);
  }
}
