package org.throughcareatlas.ui.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.commissioning.Commissioning;

/** The coverage matrix on screen agrees with the analysis, cell by cell, for a group. */
@AtlasAppTest
@WithMockUser(username = "commissioner", roles = "COMMISSIONER")
class CommissioningViewTest extends SpringBrowserlessTest {

  static final String FIFE = "S12000047";

  @Autowired Commissioning commissioning;

  @Test
  void theMatrixForWomenShowsTheAnalysisNumbersAndACellListsItsServices() throws Exception {
    CommissioningView view = navigate(CommissioningView.class);
    await(view);
    view.group.setValue("women");
    await(view);

    var matrix = commissioning.coverage("women", false);
    CoverageTable table = $(CoverageTable.class, view.coverage).single();
    var cells = table.getElement().getChild(1).getChildren().toList();
    assertThat(cells).hasSize(matrix.rows().size());
    var housing =
        matrix.rows().stream()
            .filter(r -> r.need().id().equals("housing"))
            .findFirst()
            .orElseThrow();
    int row = matrix.rows().indexOf(housing);
    int column =
        matrix
            .areas()
            .indexOf(
                matrix.areas().stream()
                    .filter(a -> a.code().equals(FIFE))
                    .findFirst()
                    .orElseThrow());
    var td = cells.get(row).getChild(column + 1);
    assertThat(td.getText()).isEqualTo(String.valueOf(matrix.cell("housing", FIFE).services()));
    assertThat(commissioning.cellServices("women", "housing", FIFE))
        .hasSize(matrix.cell("housing", FIFE).services());
  }

  @Test
  void csvCellsAreQuotedAndFormulasDefused() {
    assertThat(Csv.cell("plain")).isEqualTo("plain");
    assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.of(List.of("a", "b"), List.of(List.of("1", "2")))).isEqualTo("a,b\r\n1,2\r\n");
  }

  private static void await(CommissioningView view) throws Exception {
    view.loading.get(60, TimeUnit.SECONDS);
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
  }
}
