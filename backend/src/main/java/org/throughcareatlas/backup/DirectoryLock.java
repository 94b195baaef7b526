package org.throughcareatlas.backup;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * One node every Atlas writer locks for the length of its write transaction, so that a backup —
 * which holds the same lock while it reads — sees the graph as it was between two writes, never
 * half of one. Writers queue behind a running backup (and behind each other, which Atlas's write
 * volume allows). The node is created by migration {@code V0006__Create_directory_lock}.
 */
public final class DirectoryLock {

  /** The label of the lock node; backups leave it out and restores find it made by migration. */
  public static final String LABEL = "AtlasLock";

  /**
   * Takes the exclusive lock inside the current write transaction. Setting and removing a property
   * takes the node's write lock yet leaves the node as it was, so a write that changes nothing else
   * leaves the graph equal (a bare {@code REMOVE} of a missing property takes no lock).
   */
  public static final String TAKE =
      "MATCH (lock:AtlasLock {id: 'directory'}) SET lock.held = true REMOVE lock.held";

  private DirectoryLock() {}

  /** Takes the lock in {@code tx}; it is held until the transaction commits or rolls back. */
  public static void take(SimpleQueryRunner tx) {
    tx.run(TAKE).consume();
  }
}
