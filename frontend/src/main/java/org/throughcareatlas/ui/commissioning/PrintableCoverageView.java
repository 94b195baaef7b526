package org.throughcareatlas.ui.commissioning;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.throughcareatlas.commissioning.Commissioning;
import org.throughcareatlas.directory.InvalidArgumentException;
import org.throughcareatlas.ui.Formats;

/**
 * The coverage matrix as a page to print for a commissioning report: no navigation, A4 landscape.
 */
@Route("commissioning/print")
@PageTitle("Coverage of throughcare services")
@RolesAllowed({"COMMISSIONER", "ADMIN"})
public class PrintableCoverageView extends VerticalLayout implements BeforeEnterObserver {

  private final Commissioning commissioning;

  public PrintableCoverageView(Commissioning commissioning) {
    this.commissioning = commissioning;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String group =
        event.getLocation().getQueryParameters().getSingleParameter("group").orElse(null);
    try {
      var matrix = commissioning.coverage(group, false);
      Button print = new Button("Print");
      print.addClassName("atlas-screen-only");
      print.addClickListener(e -> print.getElement().executeJs("window.print()"));
      add(print);
      add(
          new H1(
              "Coverage of throughcare services: "
                  + (matrix.group() == null ? "everyone" : matrix.group().name())));
      add(
          new Paragraph(
              "Active services covering each council area for each need, from Throughcare Atlas on "
                  + Formats.date(LocalDate.now())
                  + ". Red cells have no service."));
      add(new CoverageTable(matrix, null));
      getElement()
          .executeJs(
              "const s = document.createElement('style');"
                  + "s.textContent = '@page { size: A4 landscape; margin: 10mm }"
                  + " @media print { .atlas-screen-only { display: none !important; } }';"
                  + "document.head.appendChild(s);");
    } catch (InvalidArgumentException bad) {
      add(new H1("Coverage"), new Paragraph(bad.getMessage()));
    }
  }
}
