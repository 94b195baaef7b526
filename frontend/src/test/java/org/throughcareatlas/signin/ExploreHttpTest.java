package org.throughcareatlas.signin;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;

@AtlasAppTest
class ExploreHttpTest {
  @LocalServerPort int port;

  @Test
  void explore() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var login =
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    var m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
    m.find();
    String form =
        "username=officer&password=officer-demo&_csrf="
            + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    var posted =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    System.out.println("=== POST login " + posted.statusCode() + " " + posted.headers().map());
    for (String path :
        new String[] {
          "/commissioning", "/?v-r=init&location=commissioning", "/?v-r=init&location=agencies"
        }) {
      var r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.println("=== " + path + " " + r.statusCode() + " " + r.headers().map());
      String b = r.body();
      System.out.println(b.length() > 9000 ? b.substring(0, 9000) : b);
    }
  }
}
