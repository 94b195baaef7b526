package org.throughcareatlas.ui.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.browser.Chromium;

/** The agency map over the demo directory in a real browser: render, click, details, routes. */
@AtlasAppTest
class AgencyMapBrowserTest {

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
  void theMapRendersAClickedAgencyShowsItsDetailsAndHealthIsExplained() {
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1400, 1000);
      page.navigate("http://localhost:" + port + "/agency-map");
      Locator graph = page.locator(".atlas-agency-graph");
      assertThat(graph)
          .hasAttribute("data-node-count", java.util.regex.Pattern.compile("[1-9]\\d+"));
      int nodes = Integer.parseInt(graph.getAttribute("data-node-count"));
      assertThat(nodes).isGreaterThan(60);

      Map<String, Object> node = AgencyGraphBrowserTest.clickableNode(graph, "");
      page.mouse()
          .click(
              AgencyGraphBrowserTest.toDouble(node.get("x")),
              AgencyGraphBrowserTest.toDouble(node.get("y")));
      assertThat(
              page.getByText("Open the agency's page").or(page.getByText("Agencies working in it")))
          .isVisible();

      assertThat(page.getByText("Isolated agencies (")).isVisible();
      assertThat(page.getByText("Hubs most routes go through")).isVisible();
      assertThat(page.locator(".atlas-health-measure")).hasCount(5);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(java.nio.file.Path.of("target", "screenshots", "agency-map.png")));
    }
  }

  @Test
  void aReferralRouteFromAPrisonNamesEachStepOrSaysThereIsNone() {
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/agency-map");
      pick(page, "From (prison or agency)", "HMP Perth");
      pick(page, "To (agency or service)", "Sacro");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find referral routes"))
          .click();
      assertThat(page.locator(".atlas-route-step").first().or(page.locator(".atlas-no-route")))
          .isVisible();
      if (page.locator(".atlas-route-step").count() > 0) {
        assertThat(page.locator(".atlas-route-step").first()).containsText("HMP Perth");
      }
    }
  }

  private static void pick(Page page, String label, String text) {
    // Chosen with the keyboard: on a loaded machine the overlay can still be moving when a click
    // lands, and the item is then "outside of the viewport".
    Locator box = page.getByLabel(label);
    box.scrollIntoViewIfNeeded();
    box.fill(text);
    assertThat(
            page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first())
        .isAttached();
    box.press("ArrowDown");
    box.press("Enter");
    // (Playwright runs the pattern as a JavaScript regex: the names here have no specials.)
    assertThat(box).hasValue(java.util.regex.Pattern.compile("^" + text));
  }
}
