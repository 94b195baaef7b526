package org.throughcareatlas.ui.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.browser.Chromium;

/**
 * {@link AgencyGraph} in headless Chromium on the test-only page {@link AgencyGraphTestView}: 250
 * nodes and 400 edges are laid out and drawn in time, a real mouse click on a node reaches the
 * server, hovering an edge shows its label as text, the graph survives re-attach, and a missing
 * Cytoscape gives a plain note instead of an error.
 */
@AtlasAppTest
class AgencyGraphBrowserTest {

  static final String CYTOSCAPE_PATH = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

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
  void cytoscapeIsServedFromTheWebJar() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + CYTOSCAPE_PATH))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("cytoscape");
    }
  }

  @Test
  void theGraphIsDrawnAndAnswersTheMouse() {
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1280, 860);
      List<String> pageErrors = new CopyOnWriteArrayList<>();
      page.onPageError(pageErrors::add);

      page.navigate("http://localhost:" + port + "/test/agency-graph");

      Locator graph = page.locator(".atlas-agency-graph");
      assertThat(graph)
          .hasAttribute(
              "data-node-count",
              String.valueOf(AgencyGraphTestView.PRISONS + AgencyGraphTestView.AGENCIES),
              new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
      assertThat(graph).hasAttribute("data-edge-count", String.valueOf(AgencyGraphTestView.EDGES));
      // Layout time is reported, not asserted: speed is measured in benchmarks, not tests.
      System.out.println(
          "AgencyGraph: cose layout of 250 nodes and 400 edges took "
              + graph.getAttribute("data-layout-ms")
              + " ms");
      assertThat(page.getByText(AgencyGraph.UNAVAILABLE)).hasCount(0);

      // The canvas has been painted: some pixel is not transparent.
      assertThat(
              (Boolean)
                  graph.evaluate(
                      """
                      el => [...el.querySelectorAll('.atlas-agency-graph-canvas canvas')]
                        .filter(c => c.width > 0 && c.height > 0)
                        .some(c => {
                          const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                          for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { return true; } }
                          return false;
                        })
                      """))
          .isTrue();
      // The legend names the kinds and the relationship types present.
      Locator legend = graph.locator(".atlas-agency-graph-legend");
      for (String entry : List.of("Statutory", "Third sector", "Prison", "Refers to", "Works in")) {
        assertThat(legend).containsText(entry);
      }
      Path screenshots = Path.of("target", "screenshots");
      page.screenshot(
          new Page.ScreenshotOptions().setPath(screenshots.resolve("agency-graph.png")));

      // Hover an edge at its midpoint, away from nodes and other edges: its label shows, as text.
      @SuppressWarnings("unchecked")
      Map<String, Object> edge =
          (Map<String, Object>)
              graph.evaluate(
                  """
                  el => {
                    const cy = el.cy;
                    const box = el.querySelector('.atlas-agency-graph-canvas').getBoundingClientRect();
                    const near = (bb, p, margin) => p.x >= bb.x1 - margin && p.x <= bb.x2 + margin
                      && p.y >= bb.y1 - margin && p.y <= bb.y2 + margin;
                    const toSegment = (p, a, b) => {
                      const dx = b.x - a.x, dy = b.y - a.y;
                      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1,
                        ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
                      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
                    };
                    // An edge drawn as source - midpoint - target (close enough for curved ones).
                    const toEdge = (p, o) => Math.min(
                      toSegment(p, o.source().renderedPosition(), o.renderedMidpoint()),
                      toSegment(p, o.renderedMidpoint(), o.target().renderedPosition()));
                    for (const e of cy.edges()) {
                      const p = e.renderedMidpoint();
                      if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) {
                        continue;
                      }
                      if (cy.nodes().some(n => near(n.renderedBoundingBox({ includeLabels: false }), p, 12))) { continue; }
                      if (cy.edges().some(o => o !== e && toEdge(p, o) < 10)) { continue; }
                      return { id: e.id(), label: e.data('label'), x: box.x + p.x, y: box.y + p.y };
                    }
                    return null;
                  }
                  """);
      assertThat(edge).as("an edge clear of others to hover").isNotNull();
      page.mouse().move(toDouble(edge.get("x")), toDouble(edge.get("y")));
      Locator tooltip = graph.locator(".atlas-agency-graph-tooltip");
      assertThat(tooltip).isVisible();
      assertThat(tooltip).hasText((String) edge.get("label"));
      assertThat(tooltip.locator("*")).hasCount(0);
      page.mouse().move(1, 1);
      assertThat(tooltip).isHidden();

      // A real mouse click on a node (one no other node covers) reaches the server.
      Map<String, Object> node = clickableNode(graph, null);
      page.mouse().click(toDouble(node.get("x")), toDouble(node.get("y")));
      assertThat(page.locator("#clicked")).hasText("Clicked: " + node.get("id"));
      // ... and highlights it with its neighbours; the rest fades.
      assertThat(
              (Boolean)
                  graph.evaluate(
                      "(el, id) => el.cy.$id(id).hasClass('chosen')"
                          + " && el.cy.$id(id).neighborhood('node').every(n => n.hasClass('neighbour'))"
                          + " && el.cy.nodes('.faded').length > 0",
                      node.get("id")))
          .isTrue();
      page.screenshot(
          new Page.ScreenshotOptions().setPath(screenshots.resolve("agency-graph-selected.png")));

      // Detached and attached again: drawn anew from the component's state, still clickable.
      page.getByText("Hide graph").click();
      assertThat(graph).hasCount(0);
      page.getByText("Show graph").click();
      assertThat(graph).hasAttribute("data-node-count", "250");
      System.out.println(
          "AgencyGraph: after re-attach the layout took "
              + graph.getAttribute("data-layout-ms")
              + " ms");
      Map<String, Object> other = clickableNode(graph, (String) node.get("id"));
      page.mouse().click(toDouble(other.get("x")), toDouble(other.get("y")));
      assertThat(page.locator("#clicked")).hasText("Clicked: " + other.get("id"));

      assertThat(pageErrors).isEmpty();
      assertThat(page.content()).doesNotContain("Exception");
    }
  }

  @Test
  void withoutCytoscapeThePageSaysTheMapIsUnavailable() {
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      List<String> pageErrors = new CopyOnWriteArrayList<>();
      page.onPageError(pageErrors::add);
      page.route(url -> url.contains("/webjars/cytoscape/"), Route::abort);

      page.navigate("http://localhost:" + port + "/test/agency-graph");

      assertThat(page.locator(".atlas-agency-graph"))
          .hasText(
              AgencyGraph.UNAVAILABLE, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
      assertThat(page.locator(".atlas-agency-graph canvas")).hasCount(0);
      assertThat(page.getByText("Hide graph")).isVisible();
      assertThat(pageErrors).isEmpty();
    }
  }

  /**
   * Where on the page to click a well-connected node that no other node overlaps (labels take no
   * clicks), other than {@code except}.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> clickableNode(Locator graph, String except) {
    Map<String, Object> node =
        (Map<String, Object>)
            graph.evaluate(
                """
                (el, except) => {
                  const cy = el.cy;
                  const box = el.querySelector('.atlas-agency-graph-canvas').getBoundingClientRect();
                  const nodes = cy.nodes().sort((a, b) => b.degree() - a.degree());
                  for (const n of nodes) {
                    if (n.id() === except) { continue; }
                    const p = n.renderedPosition();
                    if (p.x < 10 || p.y < 10 || p.x > box.width - 10 || p.y > box.height - 10) {
                      continue;
                    }
                    const covered = cy.nodes().some(o => {
                      if (o === n) { return false; }
                      const bb = o.renderedBoundingBox({ includeLabels: false });
                      return p.x >= bb.x1 && p.x <= bb.x2 && p.y >= bb.y1 && p.y <= bb.y2;
                    });
                    if (!covered) { return { id: n.id(), x: box.x + p.x, y: box.y + p.y }; }
                  }
                  return null;
                }
                """,
                except);
    assertThat(node).as("a node clear of others to click").isNotNull();
    return node;
  }

  static double toDouble(Object number) {
    return ((Number) number).doubleValue();
  }
}
