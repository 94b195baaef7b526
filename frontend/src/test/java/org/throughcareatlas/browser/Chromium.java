package org.throughcareatlas.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright (which downloads no browser of its own here).
 * {@code ATLAS_CHROMIUM} names another executable.
 */
public final class Chromium implements AutoCloseable {

  private final Playwright playwright;
  public final Browser browser;

  public Chromium() {
    Path executable = Path.of(System.getenv().getOrDefault("ATLAS_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          "The browser tests need Chromium at "
              + executable
              + ": install Debian's chromium (apt-get install chromium) or set ATLAS_CHROMIUM.");
    }
    // Pages load their data in the background; on a busy 2-core machine that can take seconds.
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }

  /** Signs {@code page} in as {@code username} through the login page, and waits to leave it. */
  public static void signIn(
      com.microsoft.playwright.Page page, int port, String username, String password) {
    page.navigate("http://localhost:" + port + "/login");
    page.locator("vaadin-login-form input[name=username]").fill(username);
    page.locator("vaadin-login-form input[name=password]").fill(password);
    page.locator(
            "vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]")
        .first()
        .click();
    page.waitForURL(url -> !url.contains("/login"));
  }
}
