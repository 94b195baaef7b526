package org.throughcareatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line's progress: a bar with its rate for each pass, then the save as a step. */
class ConsoleProgressTest {

  final StringWriter out = new StringWriter();
  final ConsoleProgress progress = new ConsoleProgress(new PrintWriter(out));

  @Test
  void aPassOverTheFileIsABarWithItsRate() {
    progress.pass("Writing", 2_000_000);
    progress.advanced(1_000_000, 500);
    progress.advanced(2_000_000, 1_000);
    progress.passDone();
    String last = out.toString().substring(out.toString().lastIndexOf('\r') + 1);
    assertThat(last)
        .startsWith("Writing   [==============================] 100% 2.0/2.0 MB")
        .contains("MB/s")
        .contains("1,000 records")
        .endsWith("/s" + System.lineSeparator());
  }

  @Test
  void theSaveIsAStepWithHowLongItTook() {
    progress.pass("Saving", 0);
    assertThat(out.toString()).isEqualTo("Saving    …");
    progress.passDone();
    assertThat(out.toString())
        .matches("Saving    … done in \\d+[.,]\\d s" + System.lineSeparator());
  }

  @Test
  void aFileOfUnknownSizeStillShowsWhatWasRead() {
    progress.pass("Checking", 0);
    progress.advanced(3_000_000, 1_234);
    progress.passDone();
    assertThat(out.toString())
        .contains("Checking  3.0 MB ")
        .contains("1,234 records")
        .doesNotContain("/0.0")
        .doesNotContain("%")
        .doesNotContain("done in");
  }
}
