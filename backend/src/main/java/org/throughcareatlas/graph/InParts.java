package org.throughcareatlas.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Work split into parts run at once, one per processor: a Cypher query runs on one core, and so
 * does a loop, so the duplicate detection reads its candidates and scores its pairs in parts, and
 * the officer search reads a large search's candidates in parts. The other parts run on virtual
 * threads.
 */
public final class InParts {

  /** At most this many parts, however many processors. */
  public static final int MAX_PARTS = 4;

  private InParts() {}

  /** How many parts: one per processor, 1 to {@value #MAX_PARTS}. */
  public static int count() {
    return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_PARTS);
  }

  /**
   * Runs parts 0 to {@code parts} - 1 at once, part 0 on the caller's thread, and returns when all
   * are done; a part's failure is thrown here.
   *
   * @param what what the parts do, for the message when they are interrupted
   */
  public static void run(int parts, IntConsumer part, String what) {
    if (parts == 1) {
      part.accept(0);
      return;
    }
    List<Future<?>> others = new ArrayList<>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 1; i < parts; i++) {
        int which = i;
        others.add(executor.submit(() -> part.accept(which)));
      }
      part.accept(0);
      for (Future<?> other : others) {
        other.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Failed while " + what, e.getCause());
    }
  }
}
