package org.throughcareatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a large search's catchment keys are shared out between parts read at once. */
class CandidatePartsTest {

  @Test
  void keysAreSharedOutByNeedSoThatAServiceOfOneNeedIsReadInOnePart() {
    List<String> keys =
        List.of(
            "S12000029|housing",
            "S12000029|housing.emergency",
            "S12000029|alcohol-and-drugs",
            "@278:-14|housing",
            "@278:-14|housing.emergency",
            "@278:-14|alcohol-and-drugs");
    assertThat(ServiceSearch.shareOut(keys, 2))
        .containsExactly(
            List.of(
                "S12000029|housing",
                "@278:-14|housing",
                "S12000029|alcohol-and-drugs",
                "@278:-14|alcohol-and-drugs"),
            List.of("S12000029|housing.emergency", "@278:-14|housing.emergency"));
  }

  @Test
  void withFewerNeedsThanPartsKeysAreSharedOneByOne() {
    List<String> keys = List.of("S12000029|housing", "@278:-14|housing", "@278:-13|housing");
    assertThat(ServiceSearch.shareOut(keys, 2))
        .containsExactly(
            List.of("S12000029|housing", "@278:-13|housing"), List.of("@278:-14|housing"));
    assertThat(ServiceSearch.shareOut(List.of("S12000029|housing"), 4))
        .containsExactly(List.of("S12000029|housing"));
  }
}
