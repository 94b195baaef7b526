package org.throughcareatlas.ui.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.DirectoryQueries;

/** An administrator records a relationship on an agency's page; a duplicate is refused. */
@AtlasAppTest
@WithMockUser(username = "admin", roles = "ADMIN")
class RecordRelationshipViewTest extends SpringBrowserlessTest {

  @Autowired DirectoryQueries directory;

  @Test
  void aRecordedRelationshipAppearsOnThePageAndADuplicateIsRefusedInTheDialog() throws Exception {
    List<Agency> agencies = directory.agencies(0, 200);
    Agency from = isolated(agencies);
    Agency to = agencies.stream().filter(a -> !a.id().equals(from.id())).findFirst().orElseThrow();

    AgencyView view = navigate(AgencyView.class, Map.of("id", from.id()));
    awaitLoaded(view);
    assertThat(view.getElement().getTextRecursively()).contains("isolated in the directory");

    record(view, to);
    assertThat($(RelationshipDialog.class).all()).noneMatch(RelationshipDialog::isOpened);
    awaitLoaded(view);
    assertThat(view.getElement().getTextRecursively()).contains("Refers to").contains(to.name());
    assertThat(directory.relationshipsOfAgencies(List.of(from.id())).get(from.id())).hasSize(1);

    record(view, to);
    RelationshipDialog duplicate =
        $(RelationshipDialog.class).all().stream()
            .filter(d -> d.isOpened())
            .findFirst()
            .orElseThrow();
    assertThat(duplicate.problem.getText()).contains("already recorded");
    assertThat(duplicate.to.isInvalid()).isTrue();
    assertThat(duplicate.to.getValue().name()).isEqualTo(to.name());
    assertThat(directory.relationshipsOfAgencies(List.of(from.id())).get(from.id())).hasSize(1);
    duplicate.close();
  }

  private void record(AgencyView view, Agency to) {
    Button record =
        $(Button.class, view).all().stream()
            .filter(b -> "Record a relationship".equals(b.getText()))
            .findFirst()
            .orElseThrow();
    test(record).click();
    RelationshipDialog dialog =
        $(RelationshipDialog.class).all().stream()
            .filter(d -> d.isOpened())
            .findFirst()
            .orElseThrow();
    dialog.type.setValue("REFERS_TO");
    dialog.to.setValue(new RelationshipDialog.Party(to.id(), to.name()));
    test(dialog.save).click();
  }

  private Agency isolated(List<Agency> agencies) {
    return agencies.stream()
        .filter(a -> directory.relationshipsOfAgencies(List.of(a.id())).get(a.id()).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private static void awaitLoaded(AgencyView view) throws Exception {
    view.loading.get(20, TimeUnit.SECONDS);
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
  }
}
