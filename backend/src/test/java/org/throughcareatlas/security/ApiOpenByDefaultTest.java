package org.throughcareatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.testing.GraphQlHttp;
import org.throughcareatlas.testing.TestGraph;
import org.throughcareatlas.testing.TestUsers;
import org.throughcareatlas.testing.TrustTestGraph;

/**
 * By default reading is open: GraphQL reads and HSDS GETs need no sign-in, anything else under
 * /hsds does. No CSRF token is asked on /graphql, and a cross-site HTML form cannot post to it
 * (only JSON bodies are read); passwords are stored only as bcrypt hashes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiOpenByDefaultTest {

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  @Autowired TestUsers users;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void directory() {
    TrustTestGraph.build(graph, users);
  }

  @Test
  void readsAreOpenAndTheHsdsApiIsReadOnlyForEveryone() throws Exception {
    GraphQlHttp.Answer read =
        new GraphQlHttp(port).post(null, "{ service(id: \"s-own\") { name } }");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().at("/data/service/name").asString()).isEqualTo("Own night shelter");

    HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/hsds/services")).GET().build());
    assertThat(get.statusCode()).isNotIn(401, 403);
    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(uri("/hsds/services"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertThat(post.statusCode()).as("nothing under /hsds changes data").isEqualTo(405);
  }

  @Test
  void aFormPostToGraphqlIsNotExecuted() throws Exception {
    HttpResponse<String> form =
        send(
            HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", TestUsers.basic("admin"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "query=mutation%20%7B%20confirmService(id%3A%22s-own%22%2Cversion%3A0)%20%7B%20errors%20%7B%20field%20%7D%20%7D%20%7D"))
                .build());
    assertThat(form.statusCode()).isIn(400, 415);
    assertThat(graph.count("MATCH (c:Change) RETURN count(c)")).isZero();
  }

  @Test
  void passwordsAreStoredOnlyAsBcryptHashes() {
    var rows =
        graph.run(
            "MATCH (u:User {username: 'officer'}) RETURN u.passwordHash AS hash, keys(u) AS keys",
            java.util.Map.of());
    assertThat((String) rows.getFirst().get("hash"))
        .startsWith("$2a$")
        .doesNotContain(TestUsers.password("officer"));
    assertThat(rows.getFirst().get("keys").toString())
        .doesNotContain("password,")
        .doesNotContain("password]");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
