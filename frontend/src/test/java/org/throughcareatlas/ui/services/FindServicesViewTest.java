package org.throughcareatlas.ui.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.search.SearchCriteria;
import org.throughcareatlas.search.ServiceSearch;
import org.throughcareatlas.ui.plan.PlanSession;

/** Find services without a browser, over the demo directory. */
@AtlasAppTest
class FindServicesViewTest extends SpringBrowserlessTest {

  static final String DUNDEE = "S12000042";
  static final String FIFE = "S12000047";

  @Autowired ServiceSearch search;
  @Autowired Driver driver;
  @Autowired SessionConfig sessionConfig;

  @Test
  void theAddressDescribesThePersonAndTheResultsAreTheServicesTheyCanUse() throws Exception {
    FindServicesView view =
        open(
            "?need=housing&need=mentoring-and-peer-support&area="
                + DUNDEE
                + "&gender=men&age=19&c=remand");
    awaitLoaded(view);

    SearchCriteria expected =
        new SearchCriteria(
            List.of("housing", "mentoring-and-peer-support"),
            DUNDEE,
            null,
            null,
            null,
            null,
            null,
            19,
            List.of("men", "remand"),
            null,
            false);
    assertThat(view.form.criteria()).isEqualTo(expected);
    var hits = search.search(expected).hits();
    assertThat(hits).isNotEmpty();
    int shown = Math.min(FindServicesView.PAGE, hits.size());
    List<String> listed =
        $(ResultCard.class, view.results).all().stream()
            .limit(shown)
            .map(card -> card.getElement().getAttribute("data-service-id"))
            .toList();
    assertThat(listed)
        .containsExactlyElementsOf(hits.stream().limit(shown).map(h -> h.serviceId()).toList());
    assertThat($(H2.class, view.results).first().getText())
        .startsWith(hits.size() + " services they can use in Dundee City");
  }

  @Test
  void aNeedWithNoServiceSaysSoPlainly() throws Exception {
    FindServicesView view =
        open("?need=housing.supported-accommodation&area=" + FIFE + "&gender=women&age=30");
    awaitLoaded(view);
    assertThat($(Paragraph.class, view.results).all())
        .extracting(Paragraph::getText)
        .contains("No service found for supported accommodation in Fife for women aged 30.");
  }

  @Test
  void searchingPutsTheFiltersInTheAddress() {
    var criteria =
        new SearchCriteria(
            List.of("housing"),
            null,
            "Dundee",
            null,
            null,
            10.0,
            "hmp-perth",
            45,
            List.of("women", "licence", "veteran"),
            "hostel",
            true);
    var url = SearchUrl.write(criteria);
    assertThat(url.getParameters())
        .isEqualTo(
            QueryParameters.fromString(
                    "need=housing&place=Dundee&radius=10&prison=hmp-perth&age=45&gender=women"
                        + "&c=licence&c=veteran&q=hostel&excluded=1")
                .getParameters());
    assertThat(SearchUrl.read(url).criteria()).isEqualTo(criteria);
    assertThat(SearchUrl.read(url).problems()).isEmpty();
  }

  @Test
  void hostileOrBrokenAddressesShowAMessageAndChangeNothing() throws Exception {
    long before = nodes();
    for (String query :
        List.of(
            "?area=%27%7D)-%5B*%5D-()%20DETACH%20DELETE%20n%20%2F%2F",
            "?q=%27%7D)-%5B*%5D-()%20DETACH%20DELETE%20n%20%2F%2F&need=housing",
            "?q=" + "x".repeat(10_000),
            "?q=%22housing~%20AND%20*%3A*%22%20%F0%9F%99%82",
            "?need=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "?age=abc&radius=far&gender=%22",
            "?place=Atlantis")) {
      FindServicesView view = open(query);
      awaitLoaded(view);
      String text = view.results.getElement().getTextRecursively();
      assertThat(text).as(query).doesNotContain("Exception").doesNotContain("Could not load");
    }
    FindServicesView atlantis = open("?place=Atlantis");
    awaitLoaded(atlantis);
    assertThat(atlantis.form.place.isInvalid()).isTrue();
    assertThat(atlantis.form.place.getErrorMessage()).contains("No place called 'Atlantis'");
    assertThat(nodes()).isEqualTo(before);
  }

  @Test
  void addToPlanPutsTheServiceInThisSessionsPlan() throws Exception {
    FindServicesView view = open("?need=housing&area=" + DUNDEE + "&gender=men&age=40");
    awaitLoaded(view);
    ResultCard first = $(ResultCard.class, view.results).first();
    String id = first.getElement().getAttribute("data-service-id");
    test(first.addToPlan).click();
    assertThat(PlanSession.current().contains(id)).isTrue();
    assertThat(PlanSession.current().items().getFirst().need()).isEqualTo("Housing");
    assertThat(first.addToPlan.isEnabled()).isFalse();
  }

  private long nodes() {
    try (var session = driver.session(sessionConfig)) {
      return session.run("MATCH (n) RETURN count(n)", Map.of()).single().get(0).asLong();
    }
  }

  /** Opens Find services at {@code "?query"}, as following a shared link would. */
  private FindServicesView open(String query) {
    UI.getCurrent()
        .navigate(FindServicesView.class, QueryParameters.fromString(query.substring(1)));
    return (FindServicesView) getCurrentView();
  }

  static void awaitLoaded(FindServicesView view) throws Exception {
    view.loading.get(30, TimeUnit.SECONDS);
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
  }
}
