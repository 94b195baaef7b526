package org.throughcareatlas.ui.data;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.browser.Chromium;

/** In a real browser: upload an HSDS file on the Data page, see the check, import it, find it. */
@AtlasAppTest
class DataImportBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @TempDir Path dir;

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
  void anUploadedServiceIsCheckedImportedAndThenListed() throws Exception {
    Path file = dir.resolve("gate-benefits.json");
    Files.writeString(
        file, ImportJson.service("7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a20", "Gate benefits check"));
    try (var context = chromium.browser.newContext()) {
      Page page = context.newPage();
      Chromium.signIn(page, port, "admin", "admin-demo");
      page.navigate("http://localhost:" + port + "/data");
      assertThat(page.getByText("Download the spreadsheet template (CSV)")).isVisible();

      page.locator("vaadin-upload input[type=file]").setInputFiles(file);
      assertThat(page.getByText("gate-benefits.json is ready to import")).isVisible();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
      assertThat(page.getByText("Imported gate-benefits.json.")).isVisible();

      page.navigate("http://localhost:" + port + "/services/7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a20");
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gate benefits check")))
          .isVisible();
    }
  }
}
