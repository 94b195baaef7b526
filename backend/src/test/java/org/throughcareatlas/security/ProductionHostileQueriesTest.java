package org.throughcareatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * The {@code production} profile under a corpus of hostile requests: introspection and GraphiQL are
 * off, queries too deep or too complex and oversized pages are refused, Cypher-injection strings in
 * every kind of mutation input come back as field errors, no answer shows internals — and
 * afterwards the data is exactly as before (counts and a checksum of every node and relationship).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "production"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionHostileQueriesTest {

  static final List<String> INJECTIONS =
      List.of(
          "' OR 1=1 //",
          "\"}) MATCH (n) DETACH DELETE n //",
          "x'}) WITH 1 AS x MATCH (n) SET n.name = 'pwned' //",
          "\\u0027; CALL dbms.killQueries() //",
          "${jndi:ldap://127.0.0.1/a}",
          "<script>alert(1)</script>",
          "1; MATCH (u:User) RETURN u.passwordHash");

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  @Autowired TestUsers users;
  GraphQlHttp api;
  String checksumBefore;
  Map<String, Long> countsBefore;

  @BeforeAll
  void directoryAndUsers() throws Exception {
    TrustTestGraph.build(graph, users);
    api = new GraphQlHttp(port);
    checksumBefore = checksum();
    countsBefore = counts();
  }

  @Test
  void introspectionIsRefused() {
    for (String q :
        List.of(
            "{ __schema { types { name } } }",
            "{ __type(name: \"Service\") { fields { name } } }",
            "query { __schema { queryType { name } mutationType { fields { name } } } }")) {
      GraphQlHttp.Answer answer = api.post("admin", q);
      assertThat(
              answer.body().at("/data/__schema").isMissingNode()
                  || answer.body().at("/data/__schema").isNull())
          .isTrue();
      assertThat(
              answer.body().at("/data/__type").isMissingNode()
                  || answer.body().at("/data/__type").isNull())
          .isTrue();
      assertThat(answer.body().path("errors").isEmpty()).as(answer.raw()).isFalse();
      noInternals(answer);
    }
  }

  @Test
  void graphiqlAndTheSchemaPageAreNotServed() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("/graphiql", "/graphql/schema")) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isNotEqualTo(200);
      assertThat(r.body()).doesNotContain("type Query").doesNotContain("<script");
    }
  }

  @Test
  void queriesTooDeepOrTooComplexAreRefusedWithoutRunning() {
    String deep =
        "{ agency(id: \"a-own\") { services { agency { services { agency { services { agency {"
            + " services { agency { services { agency { services { agency { name } } } } } } } }"
            + " } } } } } }";
    GraphQlHttp.Answer tooDeep = api.post(null, deep);
    assertThat(tooDeep.body().at("/errors/0/message").asString()).containsIgnoringCase("depth");
    assertThat(tooDeep.body().at("/data").isNull() || tooDeep.body().at("/data").isMissingNode())
        .isTrue();

    StringBuilder wide = new StringBuilder("{");
    for (int i = 0; i < 120; i++) {
      wide.append(" a")
          .append(i)
          .append(": services(first: 100) { edges { node { name description } } }");
    }
    wide.append(" }");
    GraphQlHttp.Answer tooComplex = api.post(null, wide.toString());
    assertThat(tooComplex.body().at("/errors/0/message").asString())
        .containsIgnoringCase("complexity");
    noInternals(tooDeep);
    noInternals(tooComplex);

    // The same texts again (parsed once and kept): still refused.
    assertThat(api.post(null, deep).body().at("/errors/0/message").asString())
        .containsIgnoringCase("depth");
    assertThat(api.post(null, wide.toString()).body().at("/errors/0/message").asString())
        .containsIgnoringCase("complexity");

    // A query whose depth depends on its variables: allowed shallow, refused deep, every time.
    String chain = "name";
    for (int level = 0; level < 6; level++) {
      chain = "services { agency { " + chain + " } }";
    }
    // agency, then services and agency six times, then name: 14 levels when included.
    String maybeDeep =
        "query Q($deep: Boolean!) { agency(id: \"a-own\") { name services @include(if: $deep)"
            + chain.substring("services".length())
            + " } }";
    for (int round = 0; round < 2; round++) {
      GraphQlHttp.Answer shallow = api.post(null, maybeDeep, Map.of("deep", false));
      assertThat(shallow.body().has("errors")).as(shallow.raw()).isFalse();
      assertThat(shallow.body().at("/data/agency/name").isString()).isTrue();
      GraphQlHttp.Answer deeper = api.post(null, maybeDeep, Map.of("deep", true));
      assertThat(deeper.body().at("/errors/0/message").asString()).containsIgnoringCase("depth");
    }
  }

  @Test
  void pagesAreCapped() {
    GraphQlHttp.Answer huge = api.post(null, "{ services(first: 100000) { totalCount } }");
    assertThat(huge.body().at("/errors/0/message").asString()).contains("first");
    noInternals(huge);
  }

  static Stream<Arguments> hostileMutations() {
    return INJECTIONS.stream()
        .flatMap(
            bad ->
                Stream.of(
                    Arguments.of(
                        "email",
                        "mutation($v: String) { updateContact(input: {id: \"c-own\", version: 0, email: $v}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "phone",
                        "mutation($v: String) { updateAgency(input: {id: \"a-own\", version: 0, phone: $v}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "website",
                        "mutation($v: String) { updateAgency(input: {id: \"a-own\", version: 0, website: $v}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "postcode",
                        "mutation($v: String) { updateLocation(input: {id: \"l-own\", version: 0, postcode: $v}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "status",
                        "mutation($v: String) { updateService(input: {id: \"s-own\", version: 0, status: $v}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "needs",
                        "mutation($v: ID!) { updateService(input: {id: \"s-own\", version: 0, needs: [$v]}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "covers",
                        "mutation($v: ID!) { createService(input: {agencyId: \"a-own\", name: \"x\", needs: [\"housing\"], covers: [$v]}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "id",
                        "mutation($v: ID!) { updateService(input: {id: $v, version: 0, name: \"x\"}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "serviceId",
                        "mutation($v: ID!) { reportProblem(input: {serviceId: $v, kind: OTHER, note: \"n\"}) { errors { field message } } }",
                        bad),
                    Arguments.of(
                        "to",
                        "mutation($v: ID!) { recordRelationship(input: {type: REFERS_TO, fromAgencyId: \"a-own\", toId: $v}) { errors { field message } } }",
                        bad)));
  }

  @ParameterizedTest(name = "{0} ← {2}")
  @MethodSource("hostileMutations")
  void injectionStringsInMutationInputsAreFieldErrors(String field, String mutation, String bad) {
    GraphQlHttp.Answer answer = api.post("admin", mutation, Map.of("v", bad));
    noInternals(answer);
    JsonNode payload = answer.body().path("data").properties().iterator().next().getValue();
    assertThat(payload.path("errors").isEmpty()).as(answer.raw()).isFalse();
    assertThat(payload.at("/errors/0/field").asString()).isIn(field, "id", "serviceId", "to");
  }

  @Test
  void injectionStringsInSearchAreWordsToLookFor() {
    for (String bad : INJECTIONS) {
      GraphQlHttp.Answer answer =
          api.post(
              null,
              "query($t: String) { searchServices(input: {text: $t, area: \"S12000042\"}) { totalCount } }",
              Map.of("t", bad));
      noInternals(answer);
    }
  }

  @Test
  void malformedDocumentsAreRefusedWithoutInternals() {
    for (String q :
        List.of(
            "{ service(id: \"s-own\") { name ",
            "{ service(id: 1e999) { name } }",
            "{ nothing }",
            "mutation { updateAgency(input: {id: \"a-own\", version: 0, kind: NOT_A_KIND}) { errors { field } } }",
            "{ service(id: \"s-own\") { name @skip(if: \"yes\") } }",
            "query Q($x: Int) { services(first: $x) { totalCount } }")) {
      GraphQlHttp.Answer answer = api.post("admin", q, Map.of("x", "not a number"));
      assertThat(answer.body().path("errors").isEmpty()).as(q).isFalse();
      noInternals(answer);
    }
  }

  @AfterAll
  void theDataIsUnchanged() throws Exception {
    assertThat(counts()).isEqualTo(countsBefore);
    assertThat(checksum()).isEqualTo(checksumBefore);
  }

  private static void noInternals(GraphQlHttp.Answer answer) {
    assertThat(answer.raw())
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("Cypher")
        .doesNotContain("Neo.")
        .doesNotContain("org.neo4j")
        .doesNotContain("org.springframework")
        .doesNotContain("java.")
        .doesNotContain("$2a$"); // a bcrypt hash
  }

  private Map<String, Long> counts() {
    return Map.of(
        "nodes", graph.count("MATCH (n) RETURN count(n)"),
        "relationships", graph.count("MATCH ()-[r]->() RETURN count(r)"),
        "changes", graph.count("MATCH (c:Change) RETURN count(c)"),
        "reports", graph.count("MATCH (p:ProblemReport) RETURN count(p)"));
  }

  /** A value as text with map keys in order, so that equal graphs give equal text. */
  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ProductionHostileQueriesTest::canonical).toList().toString();
    }
    return String.valueOf(value);
  }

  private String checksum() throws Exception {
    List<String> rows =
        graph
            .run(
                """
                MATCH (n) RETURN [labels(n), properties(n)] AS row
                UNION ALL
                MATCH (a)-[r]->(b)
                RETURN [a.id, type(r), properties(r), b.id] AS row
                """,
                Map.of())
            .stream()
            .map(r -> canonical(r.get("row")))
            .sorted()
            .toList();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String row : rows) {
      sha.update(row.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
