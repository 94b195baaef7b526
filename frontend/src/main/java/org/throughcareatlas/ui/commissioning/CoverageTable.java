package org.throughcareatlas.ui.commissioning;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.BiConsumer;
import org.throughcareatlas.commissioning.CoverageMatrix;

/**
 * The coverage matrix as a heatmap table: needs down, council areas across, each cell the number of
 * services (and agencies) — empty cells stand out in red. Used on screen and on the printable page.
 */
@Tag("table")
class CoverageTable extends Component {

  CoverageTable(CoverageMatrix matrix, BiConsumer<String, String> cellClicked) {
    Element table = getElement();
    table.setAttribute("class", "atlas-coverage");
    table
        .getStyle()
        .set("border-collapse", "collapse")
        .set("font-size", "0.75rem")
        .set("width", "100%");
    Element head = new Element("tr");
    head.appendChild(th("Need"));
    for (var area : matrix.areas()) {
      Element th = th(area.name());
      th.getStyle()
          .set("writing-mode", "vertical-rl")
          .set("transform", "rotate(180deg)")
          .set("white-space", "nowrap")
          .set("padding", "2px");
      head.appendChild(th);
    }
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    int max =
        matrix.rows().stream()
            .flatMap(r -> r.cells().stream())
            .mapToInt(CoverageMatrix.Cell::services)
            .max()
            .orElse(1);
    for (CoverageMatrix.Row row : matrix.rows()) {
      Element tr = new Element("tr");
      Element name = th(row.need().name());
      name.getStyle().set("text-align", "left").set("white-space", "nowrap");
      if (row.need().broaderId() != null) {
        name.getStyle().set("padding-left", "1.2em").set("font-weight", "normal");
      }
      tr.appendChild(name);
      for (CoverageMatrix.Cell cell : row.cells()) {
        Element td = new Element("td");
        td.setText(String.valueOf(cell.services()));
        td.setAttribute(
            "title",
            row.need().name()
                + " in "
                + cell.area().name()
                + ": "
                + cell.services()
                + " services from "
                + cell.agencies()
                + " agencies");
        td.setAttribute("data-need", row.need().id());
        td.setAttribute("data-area", cell.area().code());
        td.getStyle()
            .set("text-align", "center")
            .set("border", "1px solid var(--lumo-contrast-10pct, #ddd)")
            .set("padding", "2px 3px")
            .set("cursor", cellClicked == null ? "default" : "pointer")
            .set("background", colour(cell.services(), max))
            .set("-webkit-print-color-adjust", "exact")
            .set("print-color-adjust", "exact");
        if (cellClicked != null) {
          td.addEventListener(
              "click", e -> cellClicked.accept(row.need().id(), cell.area().code()));
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
  }

  /** Red for no service, then white to blue as provision grows. */
  static String colour(int services, int max) {
    if (services == 0) {
      return "#f4b6b0";
    }
    double share = Math.min(1, Math.log1p(services) / Math.log1p(Math.max(max, 1)));
    int light = (int) Math.round(96 - share * 46);
    return "hsl(212, 70%, " + light + "%)";
  }

  private static Element th(String text) {
    Element th = new Element("th");
    th.setText(text);
    th.getStyle()
        .set("padding", "2px 4px")
        .set("border", "1px solid var(--lumo-contrast-10pct, #ddd)");
    return th;
  }

  /** The matrix as CSV, one line per cell, for analysis in a spreadsheet. */
  static String csv(CoverageMatrix matrix) {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (CoverageMatrix.Row row : matrix.rows()) {
      for (CoverageMatrix.Cell cell : row.cells()) {
        rows.add(
            List.of(
                row.need().name(),
                row.need().id(),
                cell.area().name(),
                cell.area().code(),
                matrix.group() == null ? "everyone" : matrix.group().name(),
                String.valueOf(cell.services()),
                String.valueOf(cell.agencies())));
      }
    }
    return Csv.of(
        List.of("need", "need_id", "area", "area_code", "group", "services", "agencies"), rows);
  }
}
