package org.throughcareatlas.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcareatlas.directory.DirectoryChanged;

/**
 * Has Neo4j plan Atlas's statements afresh when the directory has grown or shrunk a lot.
 *
 * <p>Neo4j keeps the plan of each statement it has run, made from the counts of the graph at the
 * time. After an import that multiplies the directory, the kept plans of the search are the ones
 * made for the small graph, and Neo4j did not replace them by itself: the officer search over
 * 100,000 services had a 95th percentile of 65.6 ms with the plans made at 10,000, and 45.5 ms once
 * they were made again (docs/benchmarks.md, "Plans made for another size"). So when the number of
 * services has doubled or halved since the plans were last dropped, they are dropped ({@code CALL
 * db.clearQueryCaches()}), and each statement is planned again, once, the next time it runs.
 *
 * <p>In the application this follows {@link DirectoryChanged} (edits, imports, the demo load); the
 * command-line import, which writes into a running Atlas from another process, calls {@link
 * #afterWrite} itself. On a server where Atlas's user may not clear the caches (an administrator's
 * right on Neo4j Enterprise and Aura), nothing is dropped and that is logged once.
 */
@Component
public class QueryPlans {

  private static final Logger log = LoggerFactory.getLogger(QueryPlans.class);

  /** Plans are made again when the number of services has changed by this factor. */
  static final double FACTOR = 2.0;

  /** Below this many services (before or after), the plans are left as they are. */
  static final long SMALL = 1_000;

  private final Driver driver;
  private final SessionConfig sessionConfig;

  /** The number of services when the plans were last dropped (or at start-up); -1 not yet read. */
  private long plannedFor = -1;

  QueryPlans(Driver driver, SessionConfig sessionConfig) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void started() {
    try {
      plannedFor = services(driver, sessionConfig);
    } catch (Neo4jException e) {
      log.debug("Could not count the services at start-up", e);
    }
  }

  /** After a change: a failure here must not fail the change, which is already committed. */
  @EventListener
  synchronized void directoryChanged(DirectoryChanged event) {
    try {
      long now = services(driver, sessionConfig);
      if (plannedFor >= 0 && resized(plannedFor, now)) {
        dropPlans(driver, sessionConfig, plannedFor, now);
        plannedFor = now;
      } else if (plannedFor < 0) {
        plannedFor = now;
      }
    } catch (Neo4jException e) {
      log.debug("Could not count the services after a change", e);
    }
  }

  /**
   * After a write from outside the application (the command-line import): drops the plans when the
   * write took the directory from {@code before} services to a size {@link #resized} from it.
   */
  public static void afterWrite(Driver driver, SessionConfig sessionConfig, long before) {
    try {
      long now = services(driver, sessionConfig);
      if (resized(before, now)) {
        dropPlans(driver, sessionConfig, before, now);
      }
    } catch (Neo4jException e) {
      // The write is committed: a failure here must not report it as failed.
      log.debug("Could not count the services after a write", e);
    }
  }

  /** Whether going from {@code before} to {@code after} services calls for new plans. */
  static boolean resized(long before, long after) {
    long larger = Math.max(before, after);
    long smaller = Math.min(before, after);
    return larger >= SMALL && larger >= FACTOR * smaller;
  }

  /** The number of services in the directory (from Neo4j's counts, not by reading them). */
  public static long services(Driver driver, SessionConfig sessionConfig) {
    try (var session = driver.session(sessionConfig)) {
      return session.run("MATCH (s:Service) RETURN count(s)").single().get(0).asLong();
    }
  }

  private static volatile boolean refusedLogged;

  private static void dropPlans(Driver driver, SessionConfig sessionConfig, long from, long to) {
    try (var session = driver.session(sessionConfig)) {
      session.run("CALL db.clearQueryCaches()").consume();
      log.info(
          "The directory went from {} to {} services: statements will be planned again", from, to);
    } catch (Neo4jException e) {
      if (!refusedLogged) {
        refusedLogged = true;
        log.info(
            "The directory went from {} to {} services, but the database refused to drop its"
                + " query plans ({}); they are kept",
            from,
            to,
            e.getMessage());
      }
    }
  }
}
