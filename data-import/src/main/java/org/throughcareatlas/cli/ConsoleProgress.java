package org.throughcareatlas.cli;

import java.io.PrintWriter;
import org.throughcareatlas.hsds.ImportProgress;

/**
 * A progress bar with rate on the error stream, redrawn in place at most ten times a second: the
 * pass, percent of bytes, MB read, MB/s, services and organizations read and their rate. A step
 * that reads nothing (saving) shows its name, then how long it took.
 */
final class ConsoleProgress implements ImportProgress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private String pass = "";
  private long total;
  private long started;
  private long lastDrawn;
  private long bytes;
  private long documents;
  private boolean advancedInPass;

  ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void pass(String name, long totalBytes) {
    pass = name;
    total = totalBytes;
    started = System.nanoTime();
    lastDrawn = 0;
    bytes = 0;
    documents = 0;
    advancedInPass = false;
    if (totalBytes > 0) {
      draw();
    } else {
      // A step that reads nothing (saving the import): its name now, how long it took at the end.
      err.print(String.format("%-10s…", name));
      err.flush();
    }
  }

  @Override
  public void advanced(long bytesRead, long documentsRead) {
    bytes = bytesRead;
    documents = documentsRead;
    advancedInPass = true;
    long now = System.nanoTime();
    if (now - lastDrawn >= REDRAW_NANOS || (total > 0 && bytesRead >= total)) {
      lastDrawn = now;
      draw();
    }
  }

  @Override
  public void passDone() {
    if (total <= 0 && !advancedInPass) {
      err.print(String.format(" done in %.1f s", (System.nanoTime() - started) / 1e9));
    }
    err.println();
    err.flush();
  }

  private void draw() {
    err.print("\r" + line(pass, bytes, total, documents, (System.nanoTime() - started) / 1e9));
    err.flush();
  }

  /**
   * One line of the bar, e.g. {@code Checking [=====> ] 42% 41.9/100.0 MB 35.2 MB/s 12,345 records
   * 10,600/s}.
   */
  static String line(String pass, long bytes, long total, long documents, double seconds) {
    StringBuilder line = new StringBuilder(String.format("%-10s", pass));
    if (total > 0) {
      double fraction = Math.min(1.0, (double) bytes / total);
      int filled = (int) Math.round(fraction * WIDTH);
      line.append('[')
          .append("=".repeat(Math.max(0, filled - 1)))
          .append(filled > 0 ? (filled == WIDTH ? "=" : ">") : "")
          .append(" ".repeat(WIDTH - filled))
          .append(']');
      line.append(String.format(" %3d%%", Math.round(fraction * 100)));
      line.append(String.format(" %.1f/%.1f MB", bytes / 1e6, total / 1e6));
    } else {
      // Size not known: no bar, what was read so far.
      line.append(String.format("%.1f MB", bytes / 1e6));
    }
    if (seconds > 0) {
      line.append(String.format(" %.1f MB/s", bytes / 1e6 / seconds));
      line.append(String.format(" %,d records %,.0f/s", documents, documents / seconds));
    }
    return line.toString();
  }
}
