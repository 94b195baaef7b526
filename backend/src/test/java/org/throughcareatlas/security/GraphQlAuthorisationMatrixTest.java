package org.throughcareatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.GraphQlHttp;
import org.throughcareatlas.testing.TestGraph;
import org.throughcareatlas.testing.TestUsers;
import org.throughcareatlas.testing.TrustTestGraph;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what over the GraphQL API, over real HTTP: every mutation and every protected query,
 * asked anonymously and as each role (an editor of the agency concerned, and of another). A refusal
 * is an error classified UNAUTHORIZED (not signed in) or FORBIDDEN (wrong role) that says who may
 * do it, with no data; an allowed call has no such error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQlAuthorisationMatrixTest {

  static final String ANONYMOUS = null;
  static final List<String> CALLERS =
      java.util.Arrays.asList(
          ANONYMOUS, "officer", "editor-own", "editor-other", "commissioner", "admin");

  static final Set<String> EVERYONE =
      Set.of("anonymous", "officer", "editor-own", "editor-other", "commissioner", "admin");
  static final Set<String> SIGNED_IN =
      Set.of("officer", "editor-own", "editor-other", "commissioner", "admin");
  static final Set<String> EDITORS_OF_OWN = Set.of("editor-own", "admin");
  static final Set<String> ANY_EDITOR = Set.of("editor-own", "editor-other", "admin");
  static final Set<String> COMMISSIONERS = Set.of("commissioner", "admin");

  /** Operation name, document, who may. */
  static final List<Object[]> OPERATIONS =
      List.of(
          new Object[] {"service (public read)", "{ service(id: \"s-own\") { name } }", EVERYONE},
          new Object[] {
            "searchServices (public read)",
            "{ searchServices(input: {area: \"S12000042\"}) { totalCount } }",
            EVERYONE
          },
          new Object[] {
            "updateService",
            "mutation { updateService(input: {id: \"s-own\", version: 0, waitingTime: \"a week\"}) { errors { field } conflict { message } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "createService",
            "mutation { createService(input: {agencyId: \"a-own\", name: \"New drop-in\", needs: [\"housing\"], covers: [\"S12000042\"]}) { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "confirmService",
            "mutation { confirmService(id: \"s-own\", version: 0) { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "updateAgency",
            "mutation { updateAgency(input: {id: \"a-own\", version: 0, phone: \"01382 000 000\"}) { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "updateLocation",
            "mutation { updateLocation(input: {id: \"l-own\", version: 0, postcode: \"DD1 1AA\"}) { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "updateContact",
            "mutation { updateContact(input: {id: \"c-own\", version: 0, email: \"desk@example.org\"}) { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "recordRelationship",
            "mutation { recordRelationship(input: {type: SHARES_INFORMATION_WITH, fromAgencyId: \"a-own\", toId: \"a-other\"}) { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "changeRelationship",
            "mutation { changeRelationship(id: \"r-own\", input: {type: REFERS_TO, fromAgencyId: \"a-own\", toId: \"a-other\", notes: \"weekly\"}) { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "endRelationship",
            "mutation { endRelationship(id: \"r-own2\", ended: \"2026-01-01\") { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {
            "reportProblem",
            "mutation { reportProblem(input: {serviceId: \"s-own\", kind: CLOSED, note: \"door locked\"}) { errors { field } } }",
            SIGNED_IN
          },
          new Object[] {
            "resolveProblem",
            "mutation { resolveProblem(id: \"p-own\", resolution: \"number corrected\") { errors { field } } }",
            EDITORS_OF_OWN
          },
          new Object[] {"myProblemReports", "{ myProblemReports { id } }", SIGNED_IN},
          new Object[] {"problemQueue", "{ problemQueue { id } }", ANY_EDITOR},
          new Object[] {"needsConfirming", "{ needsConfirming { lastVerified } }", ANY_EDITOR},
          new Object[] {"changeMetadata", "{ changeMetadata { id } }", ANY_EDITOR},
          new Object[] {"coverage", "{ coverage { areas { code } } }", COMMISSIONERS},
          new Object[] {"duplicates", "{ duplicates { size } }", COMMISSIONERS},
          new Object[] {"gaps", "{ gaps { need { id } } }", COMMISSIONERS},
          new Object[] {
            "fragileProvision", "{ fragileProvision { prisons { need { id } } } }", COMMISSIONERS
          });

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  @Autowired TestUsers users;
  GraphQlHttp api;

  @BeforeAll
  void directoryAndUsers() {
    TrustTestGraph.build(graph, users);
    api = new GraphQlHttp(port);
  }

  static Stream<Arguments> matrix() {
    List<Arguments> rows = new ArrayList<>();
    for (Object[] op : OPERATIONS) {
      for (String caller : CALLERS) {
        String who = caller == null ? "anonymous" : caller;
        @SuppressWarnings("unchecked")
        boolean allowed = ((Set<String>) op[2]).contains(who);
        rows.add(Arguments.of(op[0], who, op[1], allowed));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} as {1}: allowed={3}")
  @MethodSource("matrix")
  void eachOperationIsAllowedOnlyToItsRoles(
      String operation, String who, String document, boolean allowed) {
    String caller = "anonymous".equals(who) ? null : who;
    long changesBefore = graph.count("MATCH (c:Change) RETURN count(c)");
    GraphQlHttp.Answer answer = api.post(caller, document);

    assertThat(answer.status()).isEqualTo(200);
    List<String> classifications = new ArrayList<>();
    for (JsonNode error : answer.body().path("errors")) {
      classifications.add(error.at("/extensions/classification").asString(""));
      assertThat(error.path("message").asString())
          .doesNotContainIgnoringCase("exception")
          .doesNotContain("Cypher")
          .doesNotContain("Neo.")
          .doesNotContain("org.");
    }
    if (allowed) {
      assertThat(classifications).doesNotContain("UNAUTHORIZED", "FORBIDDEN");
      assertThat(answer.body().path("data").isNull()).isFalse();
    } else {
      assertThat(classifications).containsExactly(caller == null ? "UNAUTHORIZED" : "FORBIDDEN");
      String message = answer.body().at("/errors/0/message").asString();
      assertThat(message).contains(caller == null ? "Sign in as" : "signed in as " + caller);
      assertThat(graph.count("MATCH (c:Change) RETURN count(c)"))
          .as("a refused call changes nothing")
          .isEqualTo(changesBefore);
    }
  }
}
