package org.throughcareatlas.ui.commissioning;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tables as CSV (RFC 4180) for commissioning reports. A cell that a spreadsheet would read as a
 * formula (starting with =, +, - or @) is prefixed with an apostrophe.
 */
final class Csv {

  private Csv() {}

  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, header);
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  /** A download link that builds the CSV when clicked. */
  static Anchor download(String text, String fileName, Supplier<String> csv) {
    Anchor anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = ("\uFEFF" + csv.get()).getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
                }),
            text);
    anchor.getElement().setAttribute("download", true);
    return anchor;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
