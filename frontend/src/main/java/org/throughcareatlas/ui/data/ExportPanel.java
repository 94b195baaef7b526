package org.throughcareatlas.ui.data;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.hsds.ExportFilter;
import org.throughcareatlas.hsds.HsdsExport;

/**
 * Export on the Data page: the directory, or the part of it in chosen council areas and needs, as
 * HSDS 3.0 JSON or as a zipped HSDS datapackage, streamed straight to the browser.
 */
public class ExportPanel extends VerticalLayout {

  final MultiSelectComboBox<Area> areas = new MultiSelectComboBox<>("Council areas");
  final MultiSelectComboBox<Need> needs = new MultiSelectComboBox<>("Needs");
  final Anchor json;
  final Anchor datapackage;

  private final HsdsExport export;

  /** What the next download holds; read by the download handlers outside the UI lock. */
  private volatile ExportFilter filter = ExportFilter.ALL;

  public ExportPanel(HsdsExport export, DirectoryQueries directory) {
    this.export = export;
    setPadding(false);
    add(new H3("Export (HSDS 3.0)"));
    add(
        new Paragraph(
            "Download the directory in the Open Referral format (HSDS 3.0): as JSON, one fully"
                + " nested record per service, or as a datapackage of CSV tables. Leave the"
                + " filters empty for everything, or choose council areas and needs for the"
                + " services that cover or are in those areas and meet those needs. The same"
                + " data is published read-only at /hsds (the Open Referral UK API)."));
    areas.setItemLabelGenerator(Area::name);
    areas.setItems(directory.areas().stream().sorted(Comparator.comparing(Area::name)).toList());
    needs.setItemLabelGenerator(Need::name);
    needs.setItems(directory.needs());
    areas.addValueChangeListener(e -> filter = filter());
    needs.addValueChangeListener(e -> filter = filter());
    add(new HorizontalLayout(areas, needs));
    json =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName("throughcare-atlas-hsds.json");
                  event.setContentType("application/json");
                  writeJson(event.getOutputStream());
                },
            "Download HSDS JSON");
    json.getElement().setAttribute("download", true);
    datapackage =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName("throughcare-atlas-hsds-datapackage.zip");
                  event.setContentType("application/zip");
                  writeDatapackageZip(event.getOutputStream());
                },
            "Download HSDS datapackage (zip)");
    datapackage.getElement().setAttribute("download", true);
    add(new HorizontalLayout(json, datapackage), new Anchor("hsds/", "Open the HSDS API (/hsds)"));
  }

  /** The filter the chosen areas and needs make. */
  ExportFilter filter() {
    List<String> codes = areas.getValue().stream().map(Area::code).sorted().toList();
    List<String> needIds = needs.getValue().stream().map(Need::id).sorted().toList();
    return ExportFilter.ALL.withAreaCodes(codes).withNeedIds(needIds);
  }

  void writeJson(OutputStream out) {
    export.writeJson(filter, out);
  }

  void writeDatapackageZip(OutputStream out) {
    export.writeDatapackageZip(filter, out);
  }
}
