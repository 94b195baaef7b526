package org.throughcareatlas.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.throughcareatlas.AtlasAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export on the Data page writes what its filters choose, and the HSDS API is reachable beside the
 * Vaadin views in the whole application.
 */
@AtlasAppTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ExportPanelTest extends SpringBrowserlessTest {

  static final String FIFE = "S12000047";

  @LocalServerPort int port;

  @Test
  void theDataPageOffersBothDownloadsAndExportsTheChosenAreaOnly() {
    DataView view = navigate(DataView.class);
    ExportPanel panel = $(ExportPanel.class, view).single();
    assertThat(panel.json.getElement().hasAttribute("download")).isTrue();
    assertThat(panel.datapackage.getElement().getAttribute("href")).isNotBlank();

    ByteArrayOutputStream all = new ByteArrayOutputStream();
    panel.writeJson(all);
    JsonNode everything =
        JsonMapper.builder().build().readTree(all.toString(StandardCharsets.UTF_8));

    panel.areas.setValue(
        panel.areas.getListDataView().getItems().filter(a -> a.code().equals(FIFE)).toList());
    ByteArrayOutputStream fife = new ByteArrayOutputStream();
    panel.writeJson(fife);
    JsonNode inFife = JsonMapper.builder().build().readTree(fife.toString(StandardCharsets.UTF_8));
    assertThat(inFife.size()).isPositive().isLessThan(everything.size());
    for (JsonNode service : inFife) {
      boolean coversOrIsInFife = false;
      for (JsonNode area : service.get("service_areas")) {
        coversOrIsInFife |= area.get("extent").asString().equals(FIFE);
      }
      for (JsonNode sal : service.get("service_at_locations")) {
        coversOrIsInFife |= "Fife".equals(sal.at("/location/addresses/0/region").asString(""));
      }
      assertThat(coversOrIsInFife).as(service.get("name").asString()).isTrue();
    }
  }

  @Test
  void theDatapackageDownloadIsAZipWithItsDescriptor() throws Exception {
    DataView view = navigate(DataView.class);
    ExportPanel panel = $(ExportPanel.class, view).single();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    panel.writeDatapackageZip(out);
    Set<String> names = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).contains("datapackage.json", "services.csv", "organizations.csv");
  }

  @Test
  void theHsdsApiAnswersBesideTheViews() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : new String[] {"/hsds", "/hsds/", "/hsds/services?per_page=1"}) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }
  }
}
