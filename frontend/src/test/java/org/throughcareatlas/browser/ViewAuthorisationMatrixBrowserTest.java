package org.throughcareatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.directory.DirectoryQueries;

/**
 * Every page, opened in a real browser over HTTP by someone not signed in and by each demo role: it
 * is shown, or sends to sign-in (not signed in), or says "Not allowed" (wrong role). The table of
 * expectations is the authorisation rule for pages.
 */
@AtlasAppTest
class ViewAuthorisationMatrixBrowserTest {

  enum Outcome {
    SHOWN,
    SIGN_IN,
    NOT_ALLOWED
  }

  static final Set<String> ALL = Set.of("anonymous", "officer", "editor", "commissioner", "admin");
  static final Set<String> SIGNED_IN = Set.of("officer", "editor", "commissioner", "admin");
  static final Set<String> COMMISSIONERS = Set.of("commissioner", "admin");
  static final Set<String> EDITORS = Set.of("editor", "admin");
  static final Set<String> ADMINS = Set.of("admin");

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
  void eachPageIsOpenOnlyToItsRoles() {
    var service = directory.services(0, 1).getFirst();
    var agency = directory.agencies(0, 1).getFirst();
    // path → (title when shown, who may see it)
    Map<String, Object[]> pages = new LinkedHashMap<>();
    pages.put("", new Object[] {"Find services · Throughcare Atlas", ALL});
    pages.put("services", new Object[] {"All services · Throughcare Atlas", ALL});
    pages.put(
        "services/" + service.id(), new Object[] {service.name() + " · Throughcare Atlas", ALL});
    pages.put("agencies", new Object[] {"Agencies · Throughcare Atlas", ALL});
    pages.put(
        "agencies/" + agency.id(), new Object[] {agency.name() + " · Throughcare Atlas", ALL});
    pages.put("agency-map", new Object[] {"Agency map · Throughcare Atlas", ALL});
    pages.put("plan", new Object[] {"Release plan · Throughcare Atlas", ALL});
    pages.put("plan/print", new Object[] {"Your plan for release", ALL});
    pages.put("commissioning", new Object[] {"Commissioning · Throughcare Atlas", COMMISSIONERS});
    pages.put(
        "commissioning/print", new Object[] {"Coverage of throughcare services", COMMISSIONERS});
    pages.put("data", new Object[] {"Data · Throughcare Atlas", EDITORS});
    pages.put("confirming", new Object[] {"Needs confirming · Throughcare Atlas", EDITORS});
    pages.put("problems", new Object[] {"Problem reports · Throughcare Atlas", EDITORS});
    pages.put("my-reports", new Object[] {"My reports · Throughcare Atlas", SIGNED_IN});
    pages.put("users", new Object[] {"Users · Throughcare Atlas", ADMINS});

    List<String> wrong = new ArrayList<>();
    for (String who : List.of("anonymous", "officer", "editor", "commissioner", "admin")) {
      try (BrowserContext context = chromium.browser.newContext()) {
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        if (!"anonymous".equals(who)) {
          Chromium.signIn(page, port, who, who + "-demo");
        }
        for (var entry : pages.entrySet()) {
          String title = (String) entry.getValue()[0];
          @SuppressWarnings("unchecked")
          Set<String> allowed = (Set<String>) entry.getValue()[1];
          Outcome expected =
              allowed.contains(who)
                  ? Outcome.SHOWN
                  : "anonymous".equals(who) ? Outcome.SIGN_IN : Outcome.NOT_ALLOWED;
          Outcome actual = open(page, entry.getKey(), title);
          if (actual != expected) {
            wrong.add(who + " /" + entry.getKey() + ": expected " + expected + ", was " + actual);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private Outcome open(Page page, String path, String title) {
    page.navigate("http://localhost:" + port + "/" + path);
    page.waitForFunction(
        "t => document.title === t || document.title.startsWith('Not allowed')"
            + " || document.title.startsWith('Sign in')",
        title);
    if (page.title().equals(title)) {
      return Outcome.SHOWN;
    }
    return page.title().startsWith("Sign in") ? Outcome.SIGN_IN : Outcome.NOT_ALLOWED;
  }
}
