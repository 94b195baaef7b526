package org.throughcareatlas.ui.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link ReleasePlan} as the printable A4 handout given to the person at the gate: large
 * clear type, short lines, one section per need, a summary of what to bring, the officer's notes
 * and a footer on every page. The PDF holds nothing that names the person.
 *
 * <p>Any text the user typed is accepted: characters the embedded font cannot show are left out,
 * and long unbroken text wraps inside the page.
 */
public final class ReleasePlanPdf {

  static final String TITLE = "Your plan for release";
  static final String INTRO =
      "Keep this sheet. Ring or visit the services below. Take photo ID if you have it.";
  static final String EMPTY = "No services have been picked yet.";
  static final String WHAT_TO_BRING = "What to bring";
  static final String NOTES = "Notes";
  static final String PHOTO_ID = "Photo ID if you have it";
  static final String FOOTER =
      "Throughcare Atlas · This plan holds no personal details. "
          + "Services' details can change: check by phone before you go.";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * Liberation Sans (metric-compatible with Arial) ships inside the OpenPDF jar; embedded as
   * Identity-H it shows Latin, Greek and Cyrillic text. Bold is simulated by OpenPDF (stroked
   * outline), which prints well and keeps to one font file.
   */
  private static final String FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

  private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
  private static final Color SOFT_INK = new Color(0x40, 0x40, 0x40);
  private static final Color BAND = new Color(0xE4, 0xE4, 0xE4);
  private static final Color RULE = new Color(0x70, 0x70, 0x70);

  private static final float MARGIN_SIDE = 56f;
  private static final float MARGIN_TOP = 56f;
  private static final float MARGIN_BOTTOM = 96f;
  private static final float BODY_SIZE = 14f;
  private static final float BODY_LEADING = 20f;

  private ReleasePlanPdf() {}

  /**
   * Renders the plan as a PDF.
   *
   * @param plan the plan; its items and notes may hold any text
   * @param preparedOn the date printed under the title
   * @return the bytes of an A4 PDF, at least one page long
   */
  public static byte[] render(ReleasePlan plan, LocalDate preparedOn) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(preparedOn, "preparedOn");
    Fonts fonts = Fonts.load();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document =
        new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(fonts));
      document.addTitle(TITLE);
      document.addCreator("Throughcare Atlas");
      document.setDocumentLanguage("en-GB");
      document.open();

      addHeader(document, fonts, preparedOn);
      List<PlanItem> items = plan.items();
      if (items.isEmpty()) {
        PdfPTable empty = new PdfPTable(1);
        empty.setWidthPercentage(100);
        empty.setSpacingBefore(24);
        empty.addCell(plainCell(new Paragraph(BODY_LEADING + 4, EMPTY, fonts.bodyBold(16)), 0));
        document.add(empty);
      } else {
        for (Map.Entry<String, List<PlanItem>> section : byNeed(items).entrySet()) {
          document.add(section(section.getKey(), section.getValue(), fonts));
        }
        addWhatToBring(document, fonts, items);
      }
      addNotes(document, fonts, plan.notes());
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not lay out the release plan", e);
    }
    return out.toByteArray();
  }

  private static void addHeader(Document document, Fonts fonts, LocalDate preparedOn) {
    Paragraph title = new Paragraph(34, TITLE, fonts.bodyBold(28));
    document.add(title);
    Paragraph prepared =
        new Paragraph(22, "Prepared on " + DATE.format(preparedOn), fonts.body(16, SOFT_INK));
    prepared.setSpacingBefore(4);
    document.add(prepared);

    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    box.setSpacingBefore(16);
    box.setSpacingAfter(6);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.BOX);
    cell.setBorderWidth(1.5f);
    cell.setBorderColor(RULE);
    cell.setPadding(12);
    cell.setPaddingTop(8);
    cell.setUseAscender(true);
    cell.addElement(new Paragraph(22, INTRO, fonts.bodyBold(BODY_SIZE + 1)));
    box.addCell(cell);
    document.add(box);
  }

  /** One table per need: the need is a header row, repeated if the section runs onto a new page. */
  private static PdfPTable section(String need, List<PlanItem> items, Fonts fonts) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingBefore(20);
    table.setHeaderRows(1);
    table.setSplitLate(true);

    PdfPCell heading = new PdfPCell();
    heading.setBorder(Rectangle.NO_BORDER);
    heading.setBackgroundColor(BAND);
    heading.setPadding(8);
    heading.setPaddingLeft(12);
    heading.setPaddingBottom(10);
    heading.setUseAscender(true);
    heading.addElement(new Paragraph(24, need, fonts.bodyBold(20)));
    table.addCell(heading);

    for (PlanItem item : items) {
      table.addCell(serviceCell(item, fonts));
    }
    return table;
  }

  private static PdfPCell serviceCell(PlanItem item, Fonts fonts) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderWidthLeft(4);
    cell.setBorderColorLeft(RULE);
    cell.setPaddingLeft(14);
    cell.setPaddingRight(4);
    cell.setPaddingTop(12);
    cell.setPaddingBottom(6);
    cell.setUseAscender(true);

    String name = oneLine(item.serviceName());
    if (!name.isEmpty()) {
      cell.addElement(new Paragraph(22, name, fonts.bodyBold(17)));
    }
    String agency = oneLine(item.agencyName());
    if (!agency.isEmpty()) {
      cell.addElement(new Paragraph(BODY_LEADING, agency, fonts.body(BODY_SIZE, SOFT_INK)));
    }
    addLine(cell, "Where", item.address(), fonts);
    addLine(cell, "Contact", item.contact(), fonts);
    addLine(cell, "How to get help", item.howToRefer(), fonts);
    addLine(cell, "Open", item.openingHours(), fonts);
    List<String> bring = documents(item.whatToBring());
    if (!bring.isEmpty()) {
      addLine(cell, "Bring", String.join(", ", bring), fonts);
    }
    // A little space under the last line, before the next service.
    Paragraph gap = new Paragraph(8, " ", fonts.body(6, INK));
    cell.addElement(gap);
    return cell;
  }

  private static void addLine(PdfPCell cell, String label, String value, Fonts fonts) {
    String text = oneLine(value);
    if (text.isEmpty()) {
      return;
    }
    Paragraph line = new Paragraph(BODY_LEADING);
    line.setSpacingBefore(5);
    line.add(new Chunk(label + ": ", fonts.bodyBold(BODY_SIZE)));
    line.add(new Chunk(text, fonts.body(BODY_SIZE, INK)));
    cell.addElement(line);
  }

  private static void addWhatToBring(Document document, Fonts fonts, List<PlanItem> items) {
    Map<String, String> distinct = new LinkedHashMap<>();
    for (PlanItem item : items) {
      for (String doc : documents(item.whatToBring())) {
        distinct.putIfAbsent(key(doc), capitalise(doc));
      }
    }
    distinct.putIfAbsent(key(PHOTO_ID), PHOTO_ID);

    PdfPTable table = titledTable(WHAT_TO_BRING, fonts);
    for (String doc : distinct.values()) {
      Paragraph bullet = new Paragraph(BODY_LEADING + 2);
      bullet.setIndentationLeft(22);
      bullet.setFirstLineIndent(-22);
      bullet.add(new Chunk("•", fonts.bodyBold(BODY_SIZE + 2)));
      bullet.add(new Chunk("   " + doc, fonts.body(BODY_SIZE + 1, INK)));
      table.addCell(plainCell(bullet, 10));
    }
    document.add(table);
  }

  private static void addNotes(Document document, Fonts fonts, String notes) {
    String text = multiLine(notes);
    if (text.isBlank()) {
      return;
    }
    PdfPTable table = titledTable(NOTES, fonts);
    // One row per line, so that long notes flow from page to page under a repeated heading.
    for (String line : text.strip().split("\n", -1)) {
      Paragraph paragraph =
          new Paragraph(
              BODY_LEADING + 2, line.isBlank() ? " " : line, fonts.body(BODY_SIZE + 1, INK));
      table.addCell(plainCell(paragraph, line.isBlank() ? 0 : 8));
    }
    document.add(table);
  }

  /**
   * A full-width table whose first row is a heading, repeated on each page the table runs onto, and
   * never left alone at the foot of a page. Everything below the header goes into tables, so the
   * content stream (and text extracted from the PDF) follows the reading order.
   */
  private static PdfPTable titledTable(String title, Fonts fonts) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingBefore(24);
    table.setHeaderRows(1);
    table.setSplitLate(true);
    // Starts on a new page rather than split, if it fits on one page.
    table.setKeepTogether(true);
    PdfPCell heading = new PdfPCell();
    heading.setBorder(Rectangle.BOTTOM);
    heading.setBorderWidthBottom(1.5f);
    heading.setBorderColorBottom(RULE);
    heading.setPadding(0);
    heading.setPaddingBottom(6);
    heading.setUseAscender(true);
    heading.addElement(new Paragraph(24, title, fonts.bodyBold(20)));
    table.addCell(heading);
    return table;
  }

  private static PdfPCell plainCell(Paragraph content, float paddingTop) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    cell.setPaddingTop(paddingTop);
    cell.setUseAscender(true);
    cell.addElement(content);
    return cell;
  }

  /** Items grouped by need, in the order each need first appears; needs match ignoring case. */
  private static Map<String, List<PlanItem>> byNeed(List<PlanItem> items) {
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, List<PlanItem>> grouped = new LinkedHashMap<>();
    for (PlanItem item : items) {
      String need = oneLine(item.need());
      String named = need.isEmpty() ? "Other help" : need;
      String label = shown.computeIfAbsent(key(named), k -> capitalise(named));
      grouped.computeIfAbsent(label, k -> new ArrayList<>()).add(item);
    }
    return grouped;
  }

  private static List<String> documents(List<String> whatToBring) {
    List<String> documents = new ArrayList<>();
    if (whatToBring == null) {
      return documents;
    }
    for (String doc : whatToBring) {
      String text = oneLine(doc);
      if (!text.isEmpty()) {
        documents.add(text);
      }
    }
    return documents;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  /** Text for a single line: line breaks and runs of white space become one space. */
  static String oneLine(String text) {
    return clean(text).replace('\n', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Text that keeps its line breaks; trailing spaces on each line and at the end are dropped. */
  static String multiLine(String text) {
    return clean(text).replaceAll("[ \\t]+\n", "\n").stripTrailing();
  }

  /**
   * Normalises typed text so the layout engine only sees printable characters: composed accents
   * (NFC), {@code \n} as the only line break, no control characters and no lone surrogate halves.
   */
  static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(normalised.length());
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < normalised.length() && Character.isLowSurrogate(normalised.charAt(i + 1))) {
          out.append(c).append(normalised.charAt(++i));
        }
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      if (c == '\r') {
        if (i + 1 < normalised.length() && normalised.charAt(i + 1) == '\n') {
          i++;
        }
        out.append('\n');
      } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append('\n');
      } else if (c == '\t' || Character.isSpaceChar(c)) {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        continue;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The fonts of one document: one embedded face at several sizes. */
  private record Fonts(BaseFont base) {

    static Fonts load() {
      try {
        return new Fonts(
            BaseFont.createFont(FONT_RESOURCE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
      } catch (DocumentException | IOException e) {
        // The font is inside the OpenPDF jar; if it is ever missing, fall back to Helvetica
        // (WinAnsi: Western European letters; others are left out).
        try {
          return new Fonts(
              BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED));
        } catch (DocumentException | IOException fallback) {
          fallback.addSuppressed(e);
          throw new UncheckedIOException(new IOException("No font for the PDF", fallback));
        }
      }
    }

    Font body(float size, Color color) {
      return new Font(base, size, Font.NORMAL, color);
    }

    Font bodyBold(float size) {
      return new Font(base, size, Font.BOLD, INK);
    }
  }

  /** Draws the footer and the page number at the bottom of every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final Fonts fonts;

    Footer(Fonts fonts) {
      this.fonts = fonts;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float left = document.left();
      float right = document.right();
      float top = document.bottom() - 22;

      canvas.saveState();
      canvas.setColorStroke(RULE);
      canvas.setLineWidth(0.8f);
      canvas.moveTo(left, top);
      canvas.lineTo(right, top);
      canvas.stroke();
      canvas.restoreState();

      float pageNumberWidth = 70;
      ColumnText footer = new ColumnText(canvas);
      footer.setSimpleColumn(
          new Phrase(15, FOOTER, fonts.body(11, SOFT_INK)),
          left,
          top - 50,
          right - pageNumberWidth,
          top - 6,
          15,
          Element.ALIGN_LEFT);
      try {
        footer.go();
      } catch (DocumentException e) {
        throw new IllegalStateException("Could not write the page footer", e);
      }
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_RIGHT,
          new Phrase("Page " + writer.getPageNumber(), fonts.bodyBold(13)),
          right,
          top - 19,
          0);
    }
  }
}
