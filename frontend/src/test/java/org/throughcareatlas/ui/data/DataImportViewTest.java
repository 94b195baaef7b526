package org.throughcareatlas.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.hsds.ImportProblem;

/**
 * Importing from the Data page without a browser: an uploaded file is checked and what it would
 * change is shown before anything is written; Import writes it; a broken file shows its problems
 * and cannot be imported.
 */
@AtlasAppTest
@WithMockUser(username = "admin", roles = "ADMIN")
class DataImportViewTest extends SpringBrowserlessTest {

  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;

  static final String SERVICE = "7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a10";

  long services(String id) {
    try (var session = driver.session(sessionConfig)) {
      return session
          .run("MATCH (s:Service {id: $id}) RETURN count(s) AS n", Map.of("id", id))
          .single()
          .get("n")
          .asLong();
    }
  }

  static void await(ImportPanel panel) throws Exception {
    panel.running().get(60, TimeUnit.SECONDS);
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
  }

  String headline(ImportPanel panel) {
    return $(Span.class, panel.result).all().stream()
        .filter(s -> "status".equals(s.getElement().getAttribute("role")))
        .findFirst()
        .orElseThrow()
        .getText();
  }

  @Test
  void anUploadedFileIsCheckedFirstThenImportedWithTheButton() throws Exception {
    DataView view = navigate(DataView.class);
    ImportPanel panel = view.importPanel;
    panel.received(
        "benefits.json",
        new ByteArrayInputStream(
            ImportJson.service(SERVICE, "Benefits at the gate").getBytes(StandardCharsets.UTF_8)));
    await(panel);

    assertThat(headline(panel))
        .isEqualTo("benefits.json is ready to import. This is what it would change:");
    assertThat(services(SERVICE)).isZero();
    assertThat(panel.importButton.isEnabled()).isTrue();

    test(panel.importButton).click();
    await(panel);
    assertThat(headline(panel)).isEqualTo("Imported benefits.json.");
    assertThat(services(SERVICE)).isEqualTo(1);
  }

  @Test
  void aBrokenFileShowsWhereAndWhatWasExpectedAndCannotBeImported() throws Exception {
    DataView view = navigate(DataView.class);
    ImportPanel panel = view.importPanel;
    String broken =
        ImportJson.service("7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a11", "Broken")
            .replace("\"status\": \"active\"", "\"status\": \"open\"");
    panel.received(
        "../../broken.json", new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
    await(panel);

    assertThat(headline(panel))
        .isEqualTo(
            "broken.json has 1 error: nothing can be imported. Correct the file and upload it again.");
    @SuppressWarnings("unchecked")
    Grid<ImportProblem> problems =
        $(Grid.class, panel.result).all().stream()
            .filter(g -> g.getColumns().size() == 4)
            .findFirst()
            .orElseThrow();
    ImportProblem first = test(problems).getRow(0);
    assertThat(first.where()).isEqualTo("broken.json:$");
    assertThat(first.field()).isEqualTo("status");
    assertThat(first.expected()).contains("one of active, inactive");
    assertThat(panel.importButton.isEnabled()).isFalse();
    assertThat(services("7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a11")).isZero();
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void anEditorCanCheckAFileButOnlyAnAdministratorCanImportIt() throws Exception {
    DataView view = navigate(DataView.class);
    ImportPanel panel = view.importPanel;
    String id = "7d1c2b5e-4f0a-4e8b-9c3d-2a6b1e0f9a12";
    panel.received(
        "editor.json",
        new ByteArrayInputStream(
            ImportJson.service(id, "Checked by an editor").getBytes(StandardCharsets.UTF_8)));
    await(panel);

    assertThat(headline(panel))
        .isEqualTo("editor.json is ready to import. This is what it would change:");
    assertThat(panel.importButton.isEnabled()).isFalse();
    assertThat($(com.vaadin.flow.component.html.Paragraph.class, panel.result).all())
        .anyMatch(p -> p.getText().startsWith("Only an administrator can import"));
    assertThat(services(id)).isZero();
  }

  @Test
  void uploadedFileNamesCannotLeaveTheirFolder() {
    assertThat(ImportPanel.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(ImportPanel.safeName("C:\\Users\\me\\list.csv")).isEqualTo("list.csv");
    assertThat(ImportPanel.safeName(".hidden")).isEqualTo("upload.hidden");
  }
}
