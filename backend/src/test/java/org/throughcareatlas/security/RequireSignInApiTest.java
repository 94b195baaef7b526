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

/** With {@code atlas.security.require-sign-in=true} even reading the APIs needs sign-in. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "atlas.security.require-sign-in=true")
@ActiveProfiles("test")
class RequireSignInApiTest {

  @LocalServerPort int port;
  @Autowired TestGraph graph;
  @Autowired TestUsers users;

  @BeforeEach
  void directory() {
    TrustTestGraph.build(graph, users);
  }

  @Test
  void readingNeedsSignInAndAnyRoleMayRead() throws Exception {
    GraphQlHttp api = new GraphQlHttp(port);
    GraphQlHttp.Answer anonymous = api.post(null, "{ service(id: \"s-own\") { name } }");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.raw()).contains("Sign in").doesNotContain("Own night shelter");
    GraphQlHttp.Answer officer = api.post("officer", "{ service(id: \"s-own\") { name } }");
    assertThat(officer.status()).isEqualTo(200);
    assertThat(officer.body().at("/data/service/name").asString()).isEqualTo("Own night shelter");
    GraphQlHttp.Answer wrongPassword = api.post("nobody", "{ service(id: \"s-own\") { name } }");
    assertThat(wrongPassword.status()).isEqualTo(401);

    HttpResponse<String> hsds =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hsds/services"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(hsds.statusCode()).isEqualTo(401);
  }
}
