package org.throughcareatlas.ui.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.ui.agencies.AgencyView;
import org.throughcareatlas.ui.agencies.AgencyViewAccess;

/** The services list and a service's page, without a browser, over the demo directory. */
@AtlasAppTest
class ServicePagesViewTest extends SpringBrowserlessTest {

  @Autowired DirectoryQueries directory;

  @Test
  void allServicesListsEveryServiceByNameAPageAtATime() {
    AllServicesView view = navigate(AllServicesView.class);
    var grid = test(view.services);
    assertThat(grid.size()).isEqualTo(directory.countServices()).isGreaterThanOrEqualTo(200);
    Service first = directory.services(0, 1).getFirst();
    RouterLink link = (RouterLink) grid.getCellComponent(0, "service");
    assertThat(link.getText()).isEqualTo(first.name());
    assertThat(link.getHref()).isEqualTo("services/" + first.id());
  }

  @Test
  void aServicePageShowsTheServiceItsAgencyAndHowToRefer() throws Exception {
    Service service = directory.services(0, 1).getFirst();
    var details = directory.serviceDetails(service.id()).orElseThrow();
    ServiceView view = navigate("services/" + service.id(), ServiceView.class);
    awaitLoaded(view.loading);

    assertThat($(H2.class, view).single().getText()).isEqualTo(service.name());
    assertThat($(RouterLink.class, view).all())
        .anySatisfy(
            link -> {
              assertThat(link.getText()).isEqualTo(details.agency().name());
              assertThat(link.getHref()).isEqualTo("agencies/" + details.agency().id());
            });
    assertThat(view.getElement().getTextRecursively())
        .contains("How to refer")
        .contains("Who may refer")
        .contains(details.needs().getFirst().name());
  }

  @Test
  void anUnknownServiceSaysSoInsteadOfFailing() throws Exception {
    ServiceView view = navigate("services/no-such-service", ServiceView.class);
    awaitLoaded(view.loading);
    assertThat($(H2.class, view).single().getText()).isEqualTo("Service not found");
    assertThat($(Paragraph.class, view).first().getText()).contains("no service at this address");
  }

  @Test
  void anAgencyPageListsItsServicesAndWorkingRelationships() throws Exception {
    String agencyId =
        directory.agencies(0, 100).stream()
            .filter(
                a ->
                    !directory
                        .relationshipsOfAgencies(java.util.List.of(a.id()))
                        .get(a.id())
                        .isEmpty())
            .findFirst()
            .orElseThrow()
            .id();
    var details = directory.agencyDetails(agencyId).orElseThrow();
    AgencyView view = navigate(AgencyView.class, Map.of("id", agencyId));
    awaitLoaded(AgencyViewAccess.loading(view));
    String text = view.getElement().getTextRecursively();
    assertThat(text).contains(details.agency().name()).contains("Working relationships");
    assertThat(text).contains(details.relationships().getFirst().otherName());
  }

  /** Waits for a page's background load, then applies what it pushes to the UI. */
  static void awaitLoaded(CompletableFuture<Void> loading) throws Exception {
    loading.get(20, TimeUnit.SECONDS);
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
  }
}
