package org.throughcareatlas.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL documents over real HTTP, as nobody or as a test user (HTTP Basic). */
public final class GraphQlHttp {

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();
  private final int port;

  public GraphQlHttp(int port) {
    this.port = port;
  }

  /** The whole response: status and JSON body. */
  public record Answer(int status, JsonNode body, String raw) {}

  public Answer post(String username, String query, Map<String, Object> variables) {
    try {
      Map<String, Object> payload = new HashMap<>();
      payload.put("query", query);
      if (variables != null) {
        payload.put("variables", variables);
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload)));
      if (username != null) {
        request.header("Authorization", TestUsers.basic(username));
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body;
      try {
        body = json.readTree(response.body());
      } catch (RuntimeException notJson) {
        body = json.createObjectNode();
      }
      return new Answer(response.statusCode(), body, response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Answer post(String username, String query) {
    return post(username, query, null);
  }
}
