package org.throughcareatlas.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleasePlanPdfTest {

  private static final LocalDate PREPARED_ON = LocalDate.of(2026, 3, 5);

  private static PlanItem housing() {
    return new PlanItem(
        "Housing",
        "svc-1",
        "Homeless Assessment Team",
        "City Council",
        "1 High Street, Edinburgh EH1 1AA",
        "Duty worker · 0131 496 0123",
        "Self-referral: yes. Or ask: prison officer, CJSW",
        "Mon to Fri 9am to 4pm",
        List.of("photo ID if you have it", "Release letter"));
  }

  private static PlanItem hostel() {
    return new PlanItem(
        "Housing",
        "svc-2",
        "Cowgate Hostel",
        "Hostel Trust",
        "20 Cowgate, Edinburgh EH1 1JU",
        "Front desk · 0131 496 0456",
        null,
        "",
        List.of());
  }

  private static PlanItem money() {
    return new PlanItem(
        "Money",
        "svc-3",
        "Benefits Advice Line",
        "Citizens Advice",
        "Phone or online",
        "0808 157 0000",
        "Ring them",
        null,
        List.of("Bank card", "Release letter", "National Insurance number"));
  }

  private static ReleasePlan planWith(PlanItem... items) {
    ReleasePlan plan = new ReleasePlan();
    for (PlanItem item : items) {
      plan.add(item);
    }
    return plan;
  }

  /** All text of the PDF, with runs of white space (line wraps included) as one space. */
  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString().replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }

  private static int pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }

  private static String start(byte[] pdf) {
    return new String(pdf, 0, 5, StandardCharsets.US_ASCII);
  }

  @Test
  void showsTheTitleThePreparedDateAndTheAdviceLine() throws IOException {
    String text = text(ReleasePlanPdf.render(planWith(housing()), PREPARED_ON));

    assertThat(text)
        .contains("Your plan for release")
        .contains("Prepared on 5 March 2026")
        .contains(
            "Keep this sheet. Ring or visit the services below. Take photo ID if you have it.");
  }

  @Test
  void eachNeedIsASectionWithItsServices() throws IOException {
    String text = text(ReleasePlanPdf.render(planWith(housing(), money(), hostel()), PREPARED_ON));

    assertThat(text)
        .contains("Housing", "Money")
        .contains("Homeless Assessment Team", "Cowgate Hostel", "Benefits Advice Line")
        .contains("City Council", "Citizens Advice")
        .contains("Where: 1 High Street, Edinburgh EH1 1AA")
        .contains("Where: 20 Cowgate, Edinburgh EH1 1JU")
        .contains("Contact: Duty worker · 0131 496 0123")
        .contains("Contact: Front desk · 0131 496 0456")
        .contains("Contact: 0808 157 0000")
        .contains("How to get help: Self-referral: yes. Or ask: prison officer, CJSW")
        .contains("Open: Mon to Fri 9am to 4pm")
        .contains("Bring: photo ID if you have it, Release letter");
    // Needs in the order they first appear; the hostel, picked last, sits under Housing.
    assertThat(text.indexOf("Housing")).isLessThan(text.indexOf("Homeless Assessment Team"));
    assertThat(text.indexOf("Cowgate Hostel")).isLessThan(text.indexOf("Money"));
    assertThat(text.indexOf("Money")).isLessThan(text.indexOf("Benefits Advice Line"));
  }

  @Test
  void linesWithoutAValueAreLeftOut() throws IOException {
    String text = text(ReleasePlanPdf.render(planWith(hostel()), PREPARED_ON));

    assertThat(text).contains("Cowgate Hostel").contains("Where: 20 Cowgate");
    assertThat(text).doesNotContain("How to get help:").doesNotContain("Open:");
    assertThat(text).doesNotContain("Bring:");
  }

  @Test
  void whatToBringListsEachDocumentOnceAndAlwaysPhotoId() throws IOException {
    String text = text(ReleasePlanPdf.render(planWith(housing(), money()), PREPARED_ON));

    String summary = text.substring(text.indexOf("What to bring"));
    assertThat(summary)
        .contains(
            "Photo ID if you have it", "Release letter", "Bank card", "National Insurance number");
    assertThat(summary.split("Release letter", -1)).hasSize(2);
    assertThat(summary.toLowerCase().split("photo id if you have it", -1)).hasSize(2);

    String withoutDocuments = text(ReleasePlanPdf.render(planWith(hostel()), PREPARED_ON));
    assertThat(withoutDocuments.substring(withoutDocuments.indexOf("What to bring")))
        .contains("Photo ID if you have it");
  }

  @Test
  void notesAreShownWithTheirLineBreaks() throws IOException {
    ReleasePlan plan = planWith(housing());
    plan.setNotes("Meet your worker at the gate.\nRing the council on Monday.");

    byte[] pdf = ReleasePlanPdf.render(plan, PREPARED_ON);

    PdfReader reader = new PdfReader(pdf);
    String raw = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
    reader.close();
    assertThat(raw).contains("Notes");
    assertThat(raw).containsPattern("Meet your worker at the gate\\.\\s*\\n\\s*Ring the council");
  }

  @Test
  void blankNotesAreLeftOut() throws IOException {
    ReleasePlan plan = planWith(housing());
    plan.setNotes("  \n ");

    assertThat(text(ReleasePlanPdf.render(plan, PREPARED_ON))).doesNotContain("Notes");
  }

  @Test
  void anEmptyPlanIsOnePageSayingNothingIsPickedYet() throws IOException {
    byte[] pdf = ReleasePlanPdf.render(new ReleasePlan(), PREPARED_ON);

    assertThat(start(pdf)).isEqualTo("%PDF-");
    assertThat(pages(pdf)).isEqualTo(1);
    assertThat(text(pdf))
        .contains("Your plan for release")
        .contains("No services have been picked yet.")
        .doesNotContain("What to bring");
  }

  @Test
  void everyPageHasTheFooterAndItsPageNumber() throws IOException {
    ReleasePlan plan = planWith(housing(), money(), hostel());
    plan.setNotes("Remember the appointment. ".repeat(400));

    byte[] pdf = ReleasePlanPdf.render(plan, PREPARED_ON);

    int pages = pages(pdf);
    assertThat(pages).isGreaterThan(1);
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= pages; page++) {
      String text = extractor.getTextFromPage(page).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Throughcare Atlas · This plan holds no personal details. Services' details can"
                  + " change: check by phone before you go.")
          .contains("Page " + page);
    }
    reader.close();
  }

  @Test
  void hostileTextRendersWithoutAnExceptionAndWraps() throws IOException {
    String longWord = "x".repeat(10_000);
    String hostile =
        longWord
            + "\n🙂 \"quoted\" ‘curly’ “double” Zoë Łukasz Ωmega\r\n"
            + "'})-[*]-() DETACH DELETE n //\u0000\u0007\t\ud83d end";
    ReleasePlan plan =
        planWith(
            new PlanItem(
                "Housing 🏠",
                "svc-h",
                "Service " + "y".repeat(2_000),
                hostile,
                hostile,
                hostile,
                hostile,
                hostile,
                List.of(hostile, "", "🙂")),
            new PlanItem(null, "svc-n", null, null, null, null, null, null, null));
    plan.setNotes(hostile);

    byte[][] rendered = new byte[1][];
    assertThatCode(() -> rendered[0] = ReleasePlanPdf.render(plan, PREPARED_ON))
        .doesNotThrowAnyException();

    byte[] pdf = rendered[0];
    assertThat(start(pdf)).isEqualTo("%PDF-");
    String text = text(pdf);
    assertThat(text)
        .contains("Notes")
        .contains("'})-[*]-() DETACH DELETE n //")
        .contains("\"quoted\"")
        .contains("Zoë");
    // The long words wrap: every x is still there, on lines no longer than the page is wide.
    assertThat(text.replaceAll("[^x]", "").length()).isGreaterThanOrEqualTo(10_000 * 6);
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      for (String line : extractor.getTextFromPage(page).split("\n")) {
        assertThat(line.strip()).hasSizeLessThan(100);
      }
    }
    reader.close();
  }
}
