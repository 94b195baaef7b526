package org.throughcareatlas.hsds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises what a file is: HSDS JSON ({@code .json}), an HSDS tabular datapackage (a folder or
 * {@code .zip} of CSV files, with or without {@code datapackage.json}), or Atlas's spreadsheet (one
 * {@code .csv}, one row per service).
 */
public final class ImportFormats {

  private ImportFormats() {}

  /** The formats, as the UI and the command line name them. */
  public enum Format {
    HSDS_JSON("HSDS JSON"),
    DATAPACKAGE("HSDS datapackage"),
    SPREADSHEET("Atlas spreadsheet (CSV)");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The format of a file or folder. */
  public static Format formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (Files.isDirectory(file) || name.endsWith(".zip") || name.equals("datapackage.json")) {
      return Format.DATAPACKAGE;
    }
    if (name.endsWith(".csv")) {
      return Format.SPREADSHEET;
    }
    return Format.HSDS_JSON;
  }

  /** The spreadsheet template (header and one example row), offered for download. */
  public static String spreadsheetTemplate() {
    return Spreadsheet.template();
  }

  /** The spreadsheet's columns, each with what it holds. */
  public static java.util.Map<String, String> spreadsheetColumns() {
    return java.util.Collections.unmodifiableMap(Spreadsheet.COLUMNS);
  }

  static ImportSource open(Path file, ImportReference reference) throws IOException {
    if (!Files.exists(file)) {
      throw new ImportFileException(
          ImportProblem.error(file.toString(), "", "a file or folder that exists"));
    }
    return switch (formatOf(file)) {
      case HSDS_JSON -> HsdsJsonSource.of(file);
      case SPREADSHEET -> Spreadsheet.of(file, reference);
      case DATAPACKAGE ->
          DatapackageSource.of(
              file.getFileName().toString().equalsIgnoreCase("datapackage.json")
                  ? file.toAbsolutePath().getParent()
                  : file);
    };
  }
}
