package org.throughcareatlas.cli;

import java.io.PrintWriter;
import org.throughcareatlas.backup.BackupProgress;

/** A one-line progress bar with rate on the error stream, redrawn at most every 200 ms. */
final class BackupProgressBar implements BackupProgress {

  private final PrintWriter err;
  private final String task;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  BackupProgressBar(PrintWriter err, String task) {
    this.err = err;
    this.task = task;
  }

  @Override
  public void update(long done, long total) {
    long now = System.nanoTime();
    if (now - lastDrawn < 200_000_000L && done < total) return;
    lastDrawn = now;
    double seconds = Math.max(0.001, (now - started) / 1e9);
    int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
    int filled = percent / 5;
    err.printf(
        "\r%s [%s%s] %3d%%  %,d of %,d  %,.0f/s ",
        task, "=".repeat(filled), " ".repeat(20 - filled), percent, done, total, done / seconds);
    err.flush();
    drawn = true;
  }

  /** Ends the progress line. */
  void done() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
