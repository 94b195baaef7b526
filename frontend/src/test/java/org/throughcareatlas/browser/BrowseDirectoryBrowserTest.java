package org.throughcareatlas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.directory.DirectoryQueries;

/**
 * A newcomer's first minute in a real browser: the home page, all services, a service, its agency.
 */
@AtlasAppTest
class BrowseDirectoryBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired DirectoryQueries directory;

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
  void theHomePageLeadsToAllServicesAServiceAndItsAgency() {
    var first = directory.services(0, 1).getFirst();
    var details = directory.serviceDetails(first.id()).orElseThrow();
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/");

      assertThat(
              page.getByRole(
                  com.microsoft.playwright.options.AriaRole.HEADING,
                  new Page.GetByRoleOptions().setName("Find services")))
          .isVisible();
      for (String area : new String[] {"Find services", "Agencies", "Agency map"}) {
        assertThat(
                page.locator("vaadin-side-nav-item")
                    .filter(new Locator.FilterOptions().setHasText(area)))
            .hasCount(1);
      }
      // Without sign-in, the commissioning and data pages are not offered.
      for (String area : new String[] {"Commissioning", "Data"}) {
        assertThat(
                page.locator("vaadin-side-nav-item")
                    .filter(new Locator.FilterOptions().setHasText(area)))
            .hasCount(0);
      }
      assertThat(page.getByText("Sign in")).isVisible();
      page.getByText("all services").click();
      page.waitForURL("**/services");
      Locator firstService =
          page.locator("vaadin-grid a")
              .filter(new Locator.FilterOptions().setHasText(first.name()))
              .first();
      assertThat(firstService).isVisible();
      firstService.click();

      page.waitForURL("**/services/" + first.id());
      assertThat(heading(page, first.name())).isVisible();
      assertThat(page.getByText("How to refer")).isVisible();
      assertThat(page).hasTitle(first.name() + " · Throughcare Atlas");

      page.locator("a")
          .filter(new Locator.FilterOptions().setHasText(details.agency().name()))
          .first()
          .click();
      page.waitForURL("**/agencies/" + details.agency().id());
      assertThat(heading(page, details.agency().name())).isVisible();
      assertThat(page.getByText("Working relationships")).isVisible();
      assertThat(page.content()).doesNotContain("Exception");
    }
  }

  private static Locator heading(Page page, String name) {
    return page.getByRole(
        AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
