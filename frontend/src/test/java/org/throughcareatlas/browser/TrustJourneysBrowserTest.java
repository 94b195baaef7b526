package org.throughcareatlas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Service;

/**
 * The journeys that keep the directory true, in a real browser with the demo users: an editor edits
 * a service and sees the change in its history; two editors in two browsers edit the same service
 * and the second is told who changed it; an officer reports a problem, the editor resolves it from
 * the queue, and the officer sees it resolved.
 */
@AtlasAppTest
class TrustJourneysBrowserTest {

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

  /** A service of Sacro, the agency the demo editors edit; a different one for each test. */
  private Service sacroService(int index) {
    Agency sacro =
        directory.agencies(0, 500).stream()
            .filter(a -> a.name().equals("Sacro"))
            .findFirst()
            .orElseThrow();
    return directory.servicesOfAgencies(List.of(sacro.id())).get(sacro.id()).get(index);
  }

  @Test
  void anEditorEditsAServiceAndTheHistoryShowsTheChange() {
    Service service = sacroService(0);
    try (BrowserContext context = chromium.browser.newContext()) {
      Page page = context.newPage();
      Chromium.signIn(page, port, "editor", "editor-demo");
      page.navigate("http://localhost:" + port + "/services/" + service.id());
      button(page, "Edit service").click();
      Locator waiting = page.getByLabel("Waiting time");
      waiting.fill("About ten days");
      // a wrong format is refused in the form, naming what is expected
      Locator age = page.getByLabel("Minimum age");
      age.fill("130");
      button(page, "Save").click();
      assertThat(page.getByText("from 0 to 120").first()).isVisible();
      age.fill("");
      button(page, "Save").click();
      assertThat(button(page, "Save")).isHidden();
      assertThat(page.getByText("About ten days").first()).isVisible();
      assertThat(page.getByText("waitingTime:").first()).isVisible();
      assertThat(page.getByText("· editor · update").first()).isVisible();
      screenshot(page, "edited-service-history");
      // one click confirms it is still accurate
      button(page, "Confirm still accurate").click();
      assertThat(page.getByText("· editor · confirm").first()).isVisible();
    }
  }

  @Test
  void theSecondOfTwoEditorsIsToldWhoChangedTheServiceFirst() {
    Service service = sacroService(1);
    try (BrowserContext first = chromium.browser.newContext();
        BrowserContext second = chromium.browser.newContext()) {
      Page one = first.newPage();
      Page two = second.newPage();
      Chromium.signIn(one, port, "editor", "editor-demo");
      Chromium.signIn(two, port, "editor2", "editor2-demo");
      for (Page p : List.of(one, two)) {
        p.navigate("http://localhost:" + port + "/services/" + service.id());
        button(p, "Edit service").click();
        assertThat(p.getByLabel("Waiting time")).isVisible();
      }
      one.getByLabel("Waiting time").fill("Same day");
      button(one, "Save").click();
      assertThat(button(one, "Save")).isHidden();

      two.getByLabel("Waiting time").fill("Three weeks");
      button(two, "Save").click();
      assertThat(two.getByText("changed by editor at").first()).isVisible();
      screenshot(two, "edit-conflict");
      assertThat(directory.service(service.id()).orElseThrow().waitingTime()).isEqualTo("Same day");

      button(two, "Reload").click();
      assertThat(two.getByLabel("Waiting time")).hasValue("Same day");
      two.getByLabel("Waiting time").fill("Three weeks");
      button(two, "Save").click();
      assertThat(button(two, "Save")).isHidden();
      assertThat(directory.service(service.id()).orElseThrow().waitingTime())
          .isEqualTo("Three weeks");
    }
  }

  @Test
  void anOfficersReportIsResolvedByTheEditorAndTheOfficerSeesIt() {
    Service service = sacroService(2);
    String note = "Phone number rings out " + System.nanoTime();
    try (BrowserContext officerContext = chromium.browser.newContext();
        BrowserContext editorContext = chromium.browser.newContext()) {
      Page officer = officerContext.newPage();
      Chromium.signIn(officer, port, "officer", "officer-demo");
      officer.navigate("http://localhost:" + port + "/services/" + service.id());
      button(officer, "Report a problem").click();
      officer.getByText("Wrong contact details").click();
      officer.getByLabel("Note").fill(note);
      button(officer, "Send report").click();
      assertThat(button(officer, "Send report")).isHidden();

      Page editor = editorContext.newPage();
      Chromium.signIn(editor, port, "editor", "editor-demo");
      editor.navigate("http://localhost:" + port + "/problems");
      Locator row = editor.getByText(note);
      assertThat(row).isVisible();
      screenshot(editor, "problem-queue");
      // the first Resolve button belongs to the newest report, ours
      button(editor, "Resolve").first().click();
      editor.getByLabel("What was done").fill("Number corrected");
      editor
          .getByRole(AriaRole.DIALOG)
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resolve"))
          .click();
      screenshot(editor, "problem-resolving");
      assertThat(
              editor
                  .locator("vaadin-notification-card")
                  .filter(new Locator.FilterOptions().setHasText("Resolved.")))
          .isVisible();
      assertThat(editor.getByText(note)).isHidden();

      officer.navigate("http://localhost:" + port + "/my-reports");
      assertThat(officer.getByText("Resolved").first()).isVisible();
      assertThat(officer.getByText("Number corrected").first()).isVisible();
    }
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target", "screenshots", name + ".png"))
            .setFullPage(true));
  }
}
