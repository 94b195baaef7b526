package org.throughcareatlas.ui.data;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.throughcareatlas.hsds.HsdsImports;
import org.throughcareatlas.hsds.ImportFormats;
import org.throughcareatlas.hsds.ImportProblem;
import org.throughcareatlas.hsds.ImportProgress;
import org.throughcareatlas.hsds.ImportReport;

/**
 * Import on the Data page: upload a file (HSDS JSON, a datapackage zip, or the spreadsheet), see
 * what it would change and every problem in it, then import. Checking and importing run in the
 * background with a progress bar, so the page never freezes. The uploaded file is kept until the
 * person dismisses it, so nothing is lost when something goes wrong.
 */
class ImportPanel extends VerticalLayout {

  private static final Logger log = LoggerFactory.getLogger(ImportPanel.class);
  // The import runs as the person who pressed the button (it checks they are an administrator).
  private static final ExecutorService EXECUTOR =
      new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor());
  static final long MAX_BYTES = 512L * 1024 * 1024;

  private final HsdsImports imports;
  private final Runnable imported;
  final Upload upload;
  final VerticalLayout result = new VerticalLayout();
  final Button importButton = new Button("Import");
  final Button dismissButton = new Button("Dismiss");
  private Path folder;
  private Path file;
  private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

  ImportPanel(HsdsImports imports, Runnable imported) {
    this.imports = imports;
    this.imported = imported;
    setPadding(false);
    add(new H3("Import data"));
    add(
        new Paragraph(
            "Bring in services kept elsewhere: HSDS 3.0 or Open Referral UK JSON (.json), an HSDS"
                + " datapackage (a .zip of its CSV tables), or the Atlas spreadsheet (.csv, one row"
                + " per service). The file is checked first and nothing changes until you press"
                + " Import; importing the same file again changes nothing."));
    Anchor template =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes =
                      ImportFormats.spreadsheetTemplate().getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "atlas-services-template.csv",
                      "text/csv",
                      bytes.length);
                }),
            "Download the spreadsheet template (CSV)");
    template.getElement().setAttribute("download", true);
    add(template);
    upload =
        new Upload(
            UploadHandler.toTempFile(
                (metadata, tempFile) -> {
                  try (InputStream in = Files.newInputStream(tempFile.toPath())) {
                    received(metadata.fileName(), in);
                  } finally {
                    Files.deleteIfExists(tempFile.toPath());
                  }
                }));
    upload.setAcceptedFileTypes(".json", ".csv", ".zip");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_BYTES));
    upload.setDropLabel(new Span("Drop a .json, .zip or .csv file here"));
    add(upload);
    result.setPadding(false);
    add(result);
    importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    importButton.addClickListener(e -> startImport());
    dismissButton.addClickListener(e -> dismiss());
  }

  /**
   * A file has arrived: keep a copy under its own name (the name says its format), then check it.
   */
  void received(String fileName, InputStream content) throws IOException {
    UI ui = getUI().orElse(UI.getCurrent());
    Path newFolder = Files.createTempDirectory("atlas-import-");
    Path newFile = newFolder.resolve(safeName(fileName));
    Files.copy(content, newFile, StandardCopyOption.REPLACE_EXISTING);
    Runnable show =
        () -> {
          dismiss();
          folder = newFolder;
          file = newFile;
          check();
        };
    if (UI.getCurrent() == ui) {
      show.run();
    } else {
      ui.access(show::run);
    }
  }

  /** The work running in the background, for tests that wait for it. */
  CompletableFuture<Void> running() {
    return running;
  }

  private void check() {
    run(
        "Checking " + file.getFileName(),
        progress -> imports.check(file, progress),
        report -> show(report, false));
  }

  private void startImport() {
    importButton.setEnabled(false);
    dismissButton.setEnabled(false);
    run(
        "Importing " + file.getFileName(),
        progress -> imports.importFile(file, progress),
        report -> {
          show(report, true);
          if (report.written()) {
            imported.run();
          }
        });
  }

  interface Work {
    ImportReport run(ImportProgress progress) throws IOException;
  }

  private void run(String what, Work work, java.util.function.Consumer<ImportReport> done) {
    UI ui = getUI().orElse(UI.getCurrent());
    result.removeAll();
    Span label = new Span(what + "…");
    ProgressBar bar = new ProgressBar();
    bar.setIndeterminate(true);
    result.add(label, bar);
    ImportProgress progress = new BarProgress(ui, label, bar, what);
    running =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return work.run(progress);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                },
                EXECUTOR)
            .handle(
                (report, failure) -> {
                  ui.access(
                      () -> {
                        if (failure == null) {
                          done.accept(report);
                        } else {
                          failed(what, failure);
                        }
                      });
                  return null;
                });
  }

  /**
   * Moves the bar as the file is checked or written, at most five times a second; the last step,
   * saving, shows as a moving bar.
   */
  private static final class BarProgress implements ImportProgress {
    private final UI ui;
    private final Span label;
    private final ProgressBar bar;
    private final String what;
    private long total;
    private long last;
    private String pass = "";

    BarProgress(UI ui, Span label, ProgressBar bar, String what) {
      this.ui = ui;
      this.label = label;
      this.bar = bar;
      this.what = what;
    }

    @Override
    public void pass(String name, long totalBytes) {
      total = totalBytes;
      pass = name;
      ui.access(
          () -> {
            label.setText(what + ": " + name.toLowerCase() + "…");
            bar.setIndeterminate(totalBytes <= 0);
            bar.setValue(0);
          });
    }

    @Override
    public void advanced(long bytesRead, long documents) {
      long now = System.nanoTime();
      if (total > 0 && now - last > 200_000_000L) {
        last = now;
        double value = Math.min(1.0, (double) bytesRead / total);
        // Checking counts the records read; writing, those written.
        String text =
            String.format(
                Locale.UK,
                "%s: %s… %,d %s",
                what,
                pass.toLowerCase(Locale.ROOT),
                documents,
                documents == 1 ? "record" : "records");
        ui.access(
            () -> {
              bar.setValue(value);
              label.setText(text);
            });
      }
    }
  }

  private void show(ImportReport report, boolean afterImport) {
    result.removeAll();
    Span headline = new Span(headline(report, afterImport));
    headline.getElement().setAttribute("role", "status");
    result.add(headline);
    Grid<ImportReport.Kind> counts = new Grid<>();
    counts.addColumn(ImportReport.Kind::plural).setHeader("What");
    counts.addColumn(k -> report.countsOf(k).created()).setHeader(afterImport ? "Created" : "New");
    counts
        .addColumn(k -> report.countsOf(k).updated())
        .setHeader(afterImport ? "Updated" : "Changed");
    counts.addColumn(k -> report.countsOf(k).unchanged()).setHeader("Unchanged");
    counts.addColumn(k -> report.countsOf(k).rejected()).setHeader("Rejected");
    counts.setItems(
        Arrays.stream(ImportReport.Kind.values())
            .filter(k -> report.countsOf(k).total() > 0)
            .toList());
    counts.setAllRowsVisible(true);
    result.add(counts);
    if (!report.problems().isEmpty()) {
      int all = report.errorCount() + report.warningCount();
      result.add(
          new Span(
              report.errorCount()
                  + " errors, "
                  + report.warningCount()
                  + " warnings"
                  + (all > report.problems().size()
                      ? " (the first " + report.problems().size() + " are listed)"
                      : "")));
      Grid<ImportProblem> problems = new Grid<>();
      problems
          .addColumn(p -> p.isError() ? "Error" : "Warning")
          .setHeader("")
          .setFlexGrow(0)
          .setAutoWidth(true);
      problems.addColumn(ImportProblem::where).setHeader("Where").setFlexGrow(2);
      problems.addColumn(ImportProblem::field).setHeader("Field").setFlexGrow(1);
      problems.addColumn(ImportProblem::expected).setHeader("Expected").setFlexGrow(4);
      problems.setItems(report.problems());
      problems.setAllRowsVisible(report.problems().size() <= 20);
      result.add(problems);
    }
    boolean changes =
        Arrays.stream(ImportReport.Kind.values())
            .anyMatch(k -> report.countsOf(k).created() + report.countsOf(k).updated() > 0);
    importButton.setEnabled(
        !afterImport && !report.hasErrors() && changes && imports.writingAllowed());
    dismissButton.setEnabled(true);
    HorizontalLayout actions = new HorizontalLayout();
    if (!afterImport) {
      actions.add(importButton);
    }
    actions.add(dismissButton);
    result.add(actions);
    if (!afterImport && !imports.writingAllowed()) {
      result.add(
          new Paragraph(
              "Only an administrator can import into the directory: you can check a file and see"
                  + " what it would change."));
    }
  }

  static String headline(ImportReport report, boolean afterImport) {
    if (report.hasErrors()) {
      return report.file()
          + " has "
          + report.errorCount()
          + (report.errorCount() == 1 ? " error" : " errors")
          + ": nothing "
          + (afterImport ? "was" : "can be")
          + " imported. Correct the file and upload it again.";
    }
    if (afterImport) {
      return report.written()
          ? "Imported " + report.file() + "."
          : report.file() + " holds nothing new: nothing was changed.";
    }
    return report.file() + " is ready to import. This is what it would change:";
  }

  private void failed(String what, Throwable failure) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    log.error("{} failed (error {})", what, id, failure);
    result.removeAll();
    Span message =
        new Span(
            what
                + " failed (error "
                + id
                + "); nothing was changed. The file is kept: try again, or give the error id to"
                + " your administrator.");
    message.getElement().setAttribute("role", "alert");
    Button again = new Button("Check again", e -> check());
    dismissButton.setEnabled(true);
    result.add(message, new HorizontalLayout(again, dismissButton));
  }

  private void dismiss() {
    result.removeAll();
    upload.clearFileList();
    if (folder != null) {
      try {
        if (file != null) {
          Files.deleteIfExists(file);
        }
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        log.warn("Could not delete the uploaded file {}", file, e);
      }
    }
    folder = null;
    file = null;
  }

  /** The file's own name, without any folder, and only characters safe in a file name. */
  static String safeName(String fileName) {
    String base =
        fileName == null ? "upload" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
    String safe = base.replaceAll("[^A-Za-z0-9._ -]", "_");
    if (safe.isBlank() || safe.startsWith(".")) {
      safe = "upload" + safe;
    }
    return safe;
  }
}
