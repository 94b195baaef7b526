package org.throughcareatlas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;

/**
 * The journey Atlas exists for, in a real browser: an officer describes a 19-year-old man on remand
 * going to Dundee, opens a service, builds a release plan and prints it.
 */
@AtlasAppTest
class ReleaseJourneyBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;

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
  void searchServicePagePlanAndPrintableHandout() throws Exception {
    try (var context = chromium.browser.newContext(); ) {
      Page page = context.newPage();
      page.navigate(
          "http://localhost:"
              + port
              + "/?need=housing&need=mentoring-and-peer-support&place=Dundee&radius=30"
              + "&gender=men&age=19&c=remand&prison=hmp-perth");

      Locator cards = page.locator(".atlas-result");
      assertThat(cards.first()).isVisible();
      assertThat(
              page.getByRole(AriaRole.HEADING)
                  .filter(
                      new Locator.FilterOptions()
                          .setHasText("services they can use in Dundee City")))
          .isVisible();
      assertThat(page.getByLabel("Release area")).isVisible();
      screenshot(page, "1-results");

      page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Map")).click();
      assertThat(page.locator("path.atlas-marker").first()).isAttached();
      screenshot(page, "2-map");
      page.getByRole(AriaRole.TAB).filter(new Locator.FilterOptions().setHasText("List")).click();

      Locator first = cards.first();
      String serviceName = first.locator("a").first().textContent().strip();
      first
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to plan"))
          .click();
      assertThat(
              first.getByRole(
                  AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("In the plan")))
          .isVisible();

      first.locator("a").first().click();
      assertThat(heading(page, serviceName)).isVisible();
      assertThat(page.getByText("How to refer")).isVisible();
      assertThat(page.getByText("works with").first()).isVisible();
      screenshot(page, "3-service");

      page.locator("vaadin-side-nav-item")
          .filter(new Locator.FilterOptions().setHasText("Release plan"))
          .click();
      assertThat(heading(page, "Release plan")).isVisible();
      assertThat(
              page.locator(".atlas-plan-item")
                  .filter(new Locator.FilterOptions().setHasText(serviceName)))
          .isVisible();
      Locator notes = page.locator("vaadin-text-area textarea");
      notes.fill("Meet at the gate at 9am. Bring the release letter.");
      notes.blur();
      page.waitForTimeout(600);

      Download download = page.waitForDownload(() -> page.getByText("Download PDF").click());
      byte[] pdf = Files.readAllBytes(download.path());
      assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print handout")).click();
      assertThat(heading(page, "Your plan for release")).isVisible();
      assertThat(page.getByText(serviceName).first()).isVisible();
      assertThat(page.getByText("Meet at the gate at 9am.")).isVisible();
      assertThat(page.locator("vaadin-side-nav")).hasCount(0);
      screenshot(page, "4-handout");
    }
  }

  @Test
  void hostileWordsTypedIntoTheFormAreJustWords() {
    long before = nodes();
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/");
      page.getByLabel("Words (optional)").fill("'})-[*]-() DETACH DELETE n // \" OR 1=1 🙂 *:*");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find services")).click();
      assertThat(
              page.getByRole(AriaRole.HEADING)
                  .filter(new Locator.FilterOptions().setHasText("they can use")))
          .isVisible();
      assertThat(page.getByText("Could not load")).hasCount(0);
      assertThat(page.url()).contains("q=");
    }
    assertThat(nodes()).isEqualTo(before);
  }

  /** Kept in target/screenshots for whoever looks into a failure. */
  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png"))
            .setFullPage(true));
  }

  private long nodes() {
    try (var session = driver.session(sessionConfig)) {
      return session.run("MATCH (n) RETURN count(n)", Map.of()).single().get(0).asLong();
    }
  }

  private static Locator heading(Page page, String name) {
    return page.getByRole(
        AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
