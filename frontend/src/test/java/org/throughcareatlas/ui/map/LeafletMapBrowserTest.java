package org.throughcareatlas.ui.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.browser.Chromium;

/**
 * {@link LeafletMap} in headless Chromium on the test-only page {@link MapTestView}: markers draw
 * without any tile server, a click reaches the server, data shows as text, the map survives
 * re-attach, and a missing Leaflet gives a plain note instead of an error.
 */
@AtlasAppTest
class LeafletMapBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() {
    chromium = new Chromium();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void leafletIsServedFromTheWebJar() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (String file : List.of("leaflet.js", "leaflet.css")) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:" + port + "/webjars/leaflet/1.9.4/dist/" + file))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(file).isEqualTo(200);
        assertThat(response.body()).as(file).contains("leaflet");
      }
    }
  }

  @Test
  void markersDrawWithoutTilesAndAClickReachesTheServer() {
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1000, 700);
      List<String> pageErrors = new CopyOnWriteArrayList<>();
      page.onPageError(pageErrors::add);
      // No tile server, whatever the network: every tile request fails.
      page.route(url -> url.contains("tile.openstreetmap.org"), Route::abort);

      page.navigate("http://localhost:" + port + "/test/map");

      Locator markers = page.locator("path.atlas-marker");
      assertThat(markers).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
      assertThat(page.locator("path.atlas-search-radius")).hasCount(1);
      assertThat(page.getByText(LeafletMap.UNAVAILABLE)).hasCount(0);

      // Fitted to the markers: every marker lies inside the map's box.
      BoundingBox box = page.locator(".atlas-map").boundingBox();
      for (Locator marker : markers.all()) {
        BoundingBox m = marker.boundingBox();
        assertThat(m.x).isBetween(box.x, box.x + box.width - m.width);
        assertThat(m.y).isBetween(box.y, box.y + box.height - m.height);
      }

      // Titles and subtitles are text: markup in the data stays visible as characters.
      Locator edinburgh = page.locator("path.atlas-marker[data-marker-id='edinburgh']");
      edinburgh.hover();
      Locator tooltip = page.locator(".leaflet-tooltip");
      assertThat(tooltip).containsText("<b>Bold</b> & Co");
      assertThat(tooltip).containsText("<img src=x onerror=alert(1)>");
      assertThat(tooltip.locator("b, img")).hasCount(0);
      page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/map.png")));

      edinburgh.click();
      assertThat(page.locator("#clicked")).hasText("Clicked: edinburgh");
      page.locator("path.atlas-marker[data-marker-id='stirling']").click();
      assertThat(page.locator("#clicked")).hasText("Clicked: stirling");

      // Detached and attached again: the map is built anew from the component's state.
      page.getByText("Hide map").click();
      assertThat(page.locator(".atlas-map")).hasCount(0);
      page.getByText("Show map").click();
      assertThat(markers).hasCount(3);
      assertThat(page.locator("path.atlas-search-radius")).hasCount(1);
      page.locator("path.atlas-marker[data-marker-id='glasgow']").click();
      assertThat(page.locator("#clicked")).hasText("Clicked: glasgow");

      assertThat(pageErrors).isEmpty();
      assertThat(page.content()).doesNotContain("Exception");
    }
  }

  @Test
  void withoutLeafletThePageSaysTheMapIsUnavailable() {
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      List<String> pageErrors = new CopyOnWriteArrayList<>();
      page.onPageError(pageErrors::add);
      page.route(url -> url.contains("/webjars/leaflet/"), Route::abort);

      page.navigate("http://localhost:" + port + "/test/map");

      assertThat(page.locator(".atlas-map"))
          .hasText(
              LeafletMap.UNAVAILABLE, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
      assertThat(page.locator("path.atlas-marker")).hasCount(0);
      assertThat(page.getByText("Hide map")).isVisible();
      assertThat(pageErrors).isEmpty();
    }
  }
}
