package org.throughcareatlas.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The import's read-ahead: order, bounded memory, failures on either side. */
class ReadAheadTest {

  static List<ImportedEntity> batch(int n) {
    return List.of(
        new ImportedEntity(ImportReport.Kind.AGENCY, "a" + n, "$", true, java.util.Map.of()));
  }

  @Test
  void givesEveryBatchInOrderThenTheEnd() throws IOException {
    List<Long> seen = new ArrayList<>();
    try (ReadAhead ahead =
        new ReadAhead(
            "f",
            ready -> {
              for (int i = 1; i <= 10; i++) {
                ready.accept(new ReadAhead.Batch(batch(i), i, i * 100L));
              }
            })) {
      for (ReadAhead.Batch b = ahead.next(); b != null; b = ahead.next()) {
        seen.add(b.lastDocument());
        assertThat(b.entities().getFirst().id()).isEqualTo("a" + b.lastDocument());
        assertThat(b.bytes()).as("the bytes read for the batch").isEqualTo(b.lastDocument() * 100);
      }
      assertThat(ahead.next()).isNull();
    }
    assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void readsOnlyAFewBatchesAheadOfTheWriter() throws Exception {
    AtomicInteger read = new AtomicInteger();
    try (ReadAhead ahead =
        new ReadAhead(
            "f",
            ready -> {
              for (int i = 1; i <= 100; i++) {
                ready.accept(new ReadAhead.Batch(batch(i), i, i * 100L));
                read.incrementAndGet();
              }
            })) {
      assertThat(ahead.next().lastDocument()).isEqualTo(1);
      Thread.sleep(300);
      // one taken, BATCHES_AHEAD waiting, one more blocked in the hand-over
      assertThat(read.get()).isLessThanOrEqualTo(1 + ReadAhead.BATCHES_AHEAD);
    }
  }

  @Test
  void theReadersFailureComesAfterTheBatchesReadBeforeIt() throws IOException {
    try (ReadAhead ahead =
        new ReadAhead(
            "broken.json",
            ready -> {
              ready.accept(new ReadAhead.Batch(batch(1), 1, 100));
              throw new ImportFileException(
                  ImportProblem.error("broken.json", "$[1]", "complete JSON (the file ends)"));
            })) {
      assertThat(ahead.next().lastDocument()).isEqualTo(1);
      assertThatThrownBy(ahead::next)
          .isInstanceOf(ImportFileException.class)
          .hasMessageContaining("the file ends");
      assertThat(ahead.next()).isNull();
    }
  }

  @Test
  void anIoFailureReachesTheWriterAsItIs() {
    ReadAhead ahead =
        new ReadAhead(
            "gone.json",
            ready -> {
              throw new IOException("gone.json: No such file");
            });
    assertThatThrownBy(ahead::next)
        .isInstanceOf(IOException.class)
        .hasMessage("gone.json: No such file");
    ahead.close();
  }

  @Test
  void closingEarlyStopsTheReaderAndWaitsForIt() throws IOException {
    AtomicInteger read = new AtomicInteger();
    Thread[] reader = new Thread[1];
    ReadAhead ahead =
        new ReadAhead(
            "f",
            ready -> {
              reader[0] = Thread.currentThread();
              for (int i = 1; i <= 1_000_000; i++) {
                ready.accept(new ReadAhead.Batch(batch(i), i, i * 100L));
                read.incrementAndGet();
              }
            });
    assertThat(ahead.next()).isNotNull();
    ahead.close(); // the writer failed
    assertThat(reader[0].isAlive()).isFalse();
    assertThat(read.get()).isLessThan(10);
  }
}
