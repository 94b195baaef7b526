package org.throughcareatlas.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.testing.GraphQlHttp;
import org.throughcareatlas.testing.TestGraph;
import org.throughcareatlas.testing.TestUsers;
import org.throughcareatlas.testing.TrustTestGraph;
import tools.jackson.databind.JsonNode;

/**
 * Editing over GraphQL and real HTTP: field errors that change nothing, the audit trail with old
 * and new values and its HSDS export, two editors saving the same record, confirming a service, and
 * a problem report from an officer to the agency's editor and back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EditingGraphQlHttpTest {

  static final String UPDATE_SERVICE =
      """
      mutation($input: UpdateServiceInput!) {
        updateService(input: $input) {
          service { id name version needs { id } covers { code } minimumAge waitingTime }
          errors { field message }
          conflict { changedBy changedAt currentVersion message }
        }
      }
      """;

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  @Autowired TestUsers users;
  GraphQlHttp api;

  @BeforeEach
  void directory() {
    TrustTestGraph.build(graph, users);
    users.user("editor2-own", Role.EDITOR, "a-own");
    api = new GraphQlHttp(port);
  }

  @Test
  void anEditorChangesAServiceAndItsHistoryShowsEachFieldOldAndNew() {
    JsonNode payload =
        update(
            "editor-own",
            Map.of(
                "id",
                "s-own",
                "version",
                0,
                "name",
                "Own night shelter and day centre",
                "needs",
                List.of("housing.emergency", "housing"),
                "covers",
                List.of(TrustTestGraph.DUNDEE, TrustTestGraph.ANGUS),
                "minimumAge",
                18));
    assertThat(payload.path("errors").isEmpty()).as(payload.toString()).isTrue();
    assertThat(payload.at("/service/version").asInt()).isEqualTo(1);
    assertThat(payload.at("/service/name").asString())
        .isEqualTo("Own night shelter and day centre");
    assertThat(payload.at("/service/covers")).hasSize(2);

    JsonNode history =
        api.post(
                "officer",
                "{ service(id: \"s-own\") { history { by action fields { field oldValue newValue } } } }")
            .body()
            .at("/data/service/history");
    assertThat(history).hasSize(1);
    assertThat(history.at("/0/by").asString()).isEqualTo("editor-own");
    assertThat(history.at("/0/action").asString()).isEqualTo("update");
    assertThat(history.at("/0/fields").findValuesAsString("field"))
        .containsExactlyInAnyOrder("name", "needs", "covers", "minimumAge");
    JsonNode name = field(history.at("/0/fields"), "name");
    assertThat(name.path("oldValue").asString()).isEqualTo("Own night shelter");
    assertThat(name.path("newValue").asString()).isEqualTo("Own night shelter and day centre");
    assertThat(field(history.at("/0/fields"), "minimumAge").path("oldValue").isNull()).isTrue();

    JsonNode metadata =
        api.post(
                "editor-own",
                "{ changeMetadata(resourceId: \"s-own\") { id resource_id resource_type last_action_date last_action_type field_name previous_value replacement_value updated_by } }")
            .body()
            .at("/data/changeMetadata");
    assertThat(metadata).hasSize(4);
    JsonNode row = field(metadata, "name", "field_name");
    assertThat(row.path("resource_id").asString()).isEqualTo("s-own");
    assertThat(row.path("resource_type").asString()).isEqualTo("service");
    assertThat(row.path("last_action_type").asString()).isEqualTo("update");
    assertThat(row.path("last_action_date").asString())
        .isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toString());
    assertThat(row.path("previous_value").asString()).isEqualTo("Own night shelter");
    assertThat(row.path("updated_by").asString()).isEqualTo("editor-own");
  }

  @Test
  void anOfficersSearchFindsAnEditedServiceInItsNewAreaAtOnce() {
    String search =
        """
        query($input: ServiceSearchInput!) {
          searchServices(input: $input, first: 20) { edges { node { service { id name } } } }
        }
        """;
    Map<String, Object> housingInAngus =
        Map.of("input", Map.of("needs", List.of("housing"), "area", TrustTestGraph.ANGUS));
    JsonNode before = api.post(null, search, housingInAngus).body();
    assertThat(before.path("errors").isMissingNode()).as(before.toString()).isTrue();
    assertThat(before.findValuesAsString("id")).doesNotContain("s-own");

    JsonNode payload =
        update(
            "editor-own",
            Map.of(
                "id",
                "s-own",
                "version",
                0,
                "name",
                "Own shelter, Angus too",
                "covers",
                List.of(TrustTestGraph.DUNDEE, TrustTestGraph.ANGUS)));
    assertThat(payload.path("errors").isEmpty()).as(payload.toString()).isTrue();

    JsonNode found = api.post(null, search, housingInAngus).body();
    assertThat(found.findValuesAsString("id")).as(found.toString()).contains("s-own");
    assertThat(found.findValuesAsString("name")).contains("Own shelter, Angus too");
  }

  @Test
  void badFieldsAreNamedAndNothingChanges() {
    JsonNode payload =
        update(
            "editor-own",
            Map.of(
                "id",
                "s-own",
                "version",
                0,
                "name",
                " ",
                "status",
                "open-ish",
                "needs",
                List.of("housing", "no-such-need"),
                "minimumAge",
                30,
                "maximumAge",
                200));
    assertThat(payload.path("service").isNull()).isTrue();
    assertThat(payload.path("errors").findValuesAsString("field"))
        .contains("name", "status", "maximumAge");
    JsonNode location =
        api.post(
                "editor-own",
                "mutation { updateLocation(input: {id: \"l-own\", version: 0, latitude: 95, postcode: \"not a postcode\"}) { errors { field message } } }")
            .body()
            .at("/data/updateLocation/errors");
    assertThat(location.findValuesAsString("field")).contains("latitude", "postcode");
    JsonNode contact =
        api.post(
                "editor-own",
                "mutation { updateContact(input: {id: \"c-own\", version: 0, email: \"nobody at all\", phone: \"call me\"}) { errors { field message } } }")
            .body()
            .at("/data/updateContact/errors");
    assertThat(contact.findValuesAsString("field")).containsExactlyInAnyOrder("email", "phone");
    assertThat(field(contact, "email").path("message").asString()).contains("email address");
    assertThat(graph.count("MATCH (c:Change) RETURN count(c)")).isZero();
    assertThat(
            graph.count("MATCH (s:Service {id: 's-own'}) WHERE s.version IS NULL RETURN count(s)"))
        .isEqualTo(1);
  }

  @Test
  void theSecondOfTwoEditorsIsToldWhoChangedTheServiceAndWhenAndNothingIsOverwritten() {
    int read1 = version("editor-own");
    int read2 = version("editor2-own");
    assertThat(read1).isEqualTo(read2);

    JsonNode first =
        update("editor-own", Map.of("id", "s-own", "version", read1, "waitingTime", "one week"));
    assertThat(first.path("errors").isEmpty()).isTrue();

    JsonNode second =
        update("editor2-own", Map.of("id", "s-own", "version", read2, "waitingTime", "two weeks"));
    assertThat(second.path("service").isNull()).isTrue();
    assertThat(second.at("/conflict/changedBy").asString()).isEqualTo("editor-own");
    assertThat(second.at("/conflict/changedAt").asString())
        .startsWith(LocalDate.now(java.time.ZoneOffset.UTC).toString());
    assertThat(second.at("/conflict/currentVersion").asInt()).isEqualTo(read1 + 1);
    assertThat(second.at("/conflict/message").asString()).contains("editor-own").contains("Reload");
    assertThat(waitingTime()).isEqualTo("one week");

    JsonNode again =
        update(
            "editor2-own",
            Map.of("id", "s-own", "version", version("editor2-own"), "waitingTime", "two weeks"));
    assertThat(again.path("errors").isEmpty()).isTrue();
    assertThat(waitingTime()).isEqualTo("two weeks");
  }

  @Test
  void twoEditorsSavingAtTheSameMomentCannotBothWin() throws Exception {
    int read = version("editor-own");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<JsonNode>> saves =
          List.of(
              () -> {
                start.await();
                return update("editor-own", Map.of("id", "s-own", "version", read, "cost", "free"));
              },
              () -> {
                start.await();
                return update("editor2-own", Map.of("id", "s-own", "version", read, "cost", "£1"));
              });
      List<Future<JsonNode>> results = saves.stream().map(pool::submit).toList();
      start.countDown();
      long saved = 0;
      long refused = 0;
      for (Future<JsonNode> f : results) {
        JsonNode payload = f.get();
        if (payload.path("conflict").isNull() && payload.path("errors").isEmpty()) {
          saved++;
        } else {
          refused++;
        }
      }
      assertThat(saved).isEqualTo(1);
      assertThat(refused).isEqualTo(1);
      assertThat(graph.count("MATCH (c:Change {entityId: 's-own'}) RETURN count(c)")).isEqualTo(1);
      assertThat(graph.count("MATCH (s:Service {id: 's-own'}) RETURN s.version"))
          .isEqualTo(read + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void confirmingAServiceSetsItsDateToTodayAndTakesItOffTheList() {
    assertThat(needsConfirming("editor-own")).contains("s-own");
    assertThat(needsConfirming("editor-other")).doesNotContain("s-own");
    assertThat(needsConfirming("admin")).contains("s-own");
    JsonNode confirmed =
        api.post(
                "editor-own",
                "mutation { confirmService(id: \"s-own\", version: 0) { service { lastVerified stale } errors { field } } }")
            .body()
            .at("/data/confirmService");
    assertThat(confirmed.at("/service/lastVerified").asString())
        .isEqualTo(LocalDate.now().toString());
    assertThat(confirmed.at("/service/stale").asBoolean()).isFalse();
    assertThat(needsConfirming("editor-own")).doesNotContain("s-own");
    assertThat(
            graph.count("MATCH (c:Change {entityId: 's-own', action: 'confirm'}) RETURN count(c)"))
        .isEqualTo(1);
  }

  @Test
  void anOfficersReportReachesTheAgencysEditorsAndComesBackResolved() {
    JsonNode reported =
        api.post(
                "officer",
                "mutation { reportProblem(input: {serviceId: \"s-own\", kind: CLOSED, note: \"Closed since March\"}) { report { id status } errors { field } } }")
            .body()
            .at("/data/reportProblem/report");
    String id = reported.path("id").asString();
    assertThat(reported.path("status").asString()).isEqualTo("OPEN");
    assertThat(queue("editor-own")).contains(id);
    assertThat(queue("editor-other")).doesNotContain(id);

    JsonNode refused =
        api.post(
                "editor-other",
                "mutation { resolveProblem(id: \""
                    + id
                    + "\", resolution: \"x\") { errors { field } } }")
            .body();
    assertThat(refused.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");

    JsonNode resolved =
        api.post(
                "editor-own",
                "mutation { resolveProblem(id: \""
                    + id
                    + "\", resolution: \"Marked inactive\") { report { status resolvedBy } errors { field } } }")
            .body()
            .at("/data/resolveProblem/report");
    assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
    assertThat(queue("editor-own")).doesNotContain(id);

    JsonNode mine =
        api.post(
                "officer",
                "{ myProblemReports { id status resolution resolvedBy service { name } } }")
            .body()
            .at("/data/myProblemReports");
    JsonNode report = field(mine, id, "id");
    assertThat(report.path("status").asString()).isEqualTo("RESOLVED");
    assertThat(report.path("resolution").asString()).isEqualTo("Marked inactive");
    assertThat(report.path("resolvedBy").asString()).isEqualTo("editor-own");
    assertThat(report.at("/service/name").asString()).isEqualTo("Own night shelter");
  }

  @Test
  void anEditorAddsAServiceToTheirAgency() {
    JsonNode created =
        api.post(
                "editor-own",
                "mutation { createService(input: {agencyId: \"a-own\", name: \"Own tenancy support\", needs: [\"housing\"], covers: [\"S12000042\"], minimumAge: 18}) { service { id name status agency { id } version lastVerified } errors { field message } } }")
            .body()
            .at("/data/createService");
    assertThat(created.path("errors").isEmpty()).as(created.toString()).isTrue();
    assertThat(created.at("/service/agency/id").asString()).isEqualTo("a-own");
    assertThat(created.at("/service/status").asString()).isEqualTo("active");
    assertThat(created.at("/service/version").asInt()).isEqualTo(1);
    JsonNode missing =
        api.post(
                "editor-own",
                "mutation { createService(input: {agencyId: \"a-own\", name: \"x\", needs: [], covers: []}) { errors { field } } }")
            .body()
            .at("/data/createService/errors");
    assertThat(missing.findValuesAsString("field")).contains("needs", "covers");
  }

  private JsonNode update(String who, Map<String, Object> input) {
    return api.post(who, UPDATE_SERVICE, Map.of("input", input)).body().at("/data/updateService");
  }

  private int version(String who) {
    return api.post(who, "{ service(id: \"s-own\") { version } }")
        .body()
        .at("/data/service/version")
        .asInt();
  }

  private String waitingTime() {
    return api.post(null, "{ service(id: \"s-own\") { waitingTime } }")
        .body()
        .at("/data/service/waitingTime")
        .asString();
  }

  private List<String> needsConfirming(String who) {
    return api.post(who, "{ needsConfirming { service { id } } }")
        .body()
        .at("/data/needsConfirming")
        .findValuesAsString("id");
  }

  private List<String> queue(String who) {
    return api.post(who, "{ problemQueue { id } }")
        .body()
        .at("/data/problemQueue")
        .findValuesAsString("id");
  }

  private static JsonNode field(JsonNode list, String name) {
    return field(list, name, "field");
  }

  private static JsonNode field(JsonNode list, String value, String key) {
    for (JsonNode n : list) {
      if (value.equals(n.path(key).asString())) {
        return n;
      }
    }
    throw new AssertionError("No " + key + " " + value + " in " + list);
  }
}
