package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The schema checks the other tests rely on do refuse what is not HSDS. */
class HsdsSchemasTest {

  @Test
  void theOfficialExamplesValidate() throws Exception {
    String example = Files.readString(HsdsSchemas.HSDS.resolve("examples/service_full.json"));
    assertThat(HsdsSchemas.problems(HsdsSchemas.hsds("service.json"), example)).isEmpty();
    String uk = Files.readString(HsdsSchemas.ORUK.resolve("examples/service_full.json"));
    assertThat(HsdsSchemas.problems(HsdsSchemas.oruk("compiled/service.json"), uk)).isEmpty();
  }

  @Test
  void idsThatAreNotUuidsMissingFieldsAndBadNestedPartsAreRefused() {
    String id = HsdsIds.of("x");
    assertThat(
            HsdsSchemas.problems(
                HsdsSchemas.hsds("service.json"),
                "{\"id\":\"s-1\",\"name\":\"A\",\"status\":\"active\"}"))
        .isNotEmpty();
    assertThat(
            HsdsSchemas.problems(
                HsdsSchemas.oruk("compiled/service.json"),
                "{\"id\":\"" + id + "\",\"name\":\"A\"}"))
        .isNotEmpty();
    assertThat(
            HsdsSchemas.problems(
                HsdsSchemas.hsds("service.json"),
                "{\"id\":\""
                    + id
                    + "\",\"name\":\"A\",\"status\":\"open\",\"email\":\"not an email\"}"))
        .hasSizeGreaterThanOrEqualTo(2);
    // a $ref two levels down (service → service_at_location → location → address) is followed
    assertThat(
            HsdsSchemas.problems(
                HsdsSchemas.hsds("service.json"),
                "{\"id\":\""
                    + id
                    + "\",\"name\":\"A\",\"status\":\"active\",\"service_at_locations\":[{\"id\":\""
                    + id
                    + "\",\"location\":{\"id\":\""
                    + id
                    + "\",\"location_type\":\"physical\",\"addresses\":[{\"id\":\""
                    + id
                    + "\"}]}}]}"))
        .isNotEmpty();
  }
}
