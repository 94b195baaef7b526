package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How an import finds a council area from what a file says about a place. */
class ImportReferenceTest {

  final ImportReference reference =
      new ImportReference(
          List.of(
              new ImportReference.Area("S12000042", "Dundee City", "Dundee", 56.46, -2.97),
              new ImportReference.Area("S12000049", "Glasgow City", "Glasgow", 55.86, -4.25),
              new ImportReference.Area("S12000041", "Angus", "Forfar", 56.64, -2.89)),
          List.of(),
          List.of(),
          Set.of());

  @Test
  void findsAnAreaByItsNameWhateverTheCaseSpacesOrCouncil() {
    assertThat(reference.areaByName("Dundee City")).contains("S12000042");
    assertThat(reference.areaByName("  glasgow   CITY ")).contains("S12000049");
    assertThat(reference.areaByName("Angus Council")).contains("S12000041");
    assertThat(reference.areaByName("Dundee")).isEmpty();
    assertThat(reference.areaByName(" ")).isEmpty();
    assertThat(reference.areaByName(null)).isEmpty();
  }

  @Test
  void findsAnAreaByItsMainTownWhenNoAreaHasThatName() {
    assertThat(reference.areaByNameOrTown("Dundee")).contains("S12000042");
    assertThat(reference.areaByNameOrTown("forfar")).contains("S12000041");
    assertThat(reference.areaByNameOrTown("Angus")).contains("S12000041");
    assertThat(reference.areaByNameOrTown("Perth")).isEmpty();
  }

  @Test
  void findsAnAreaByAGssCodeInTheText() {
    assertThat(reference.areaByCodeIn("Covers S12000049 (Glasgow)")).contains("S12000049");
    assertThat(reference.areaByCodeIn("S12000099 then S12000041")).contains("S12000041");
    assertThat(reference.areaByCodeIn("S12000099")).isEmpty();
  }
}
