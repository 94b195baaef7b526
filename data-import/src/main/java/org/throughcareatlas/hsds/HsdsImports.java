package org.throughcareatlas.hsds;

import java.io.IOException;
import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.throughcareatlas.directory.DirectoryChanged;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.security.Role;

/**
 * Imports inside the running application (the Data page): the same {@link HsdsImporter} as the
 * command line, on the application's own database, saying {@link DirectoryChanged} after a write so
 * that what the search keeps in memory is read afresh. Writing is an administrator's act (it can
 * change every agency's entries): it needs the ADMIN role; checking a file needs only access to the
 * Data page (editors and administrators).
 */
@Component
public class HsdsImports {

  private final HsdsImporter importer;
  private final ApplicationEventPublisher events;
  private final Access access;

  HsdsImports(
      Driver driver, SessionConfig sessionConfig, ApplicationEventPublisher events, Access access) {
    this.importer = new HsdsImporter(driver, sessionConfig);
    this.events = events;
    this.access = access;
  }

  /** Whether the signed-in person may import (an administrator). */
  public boolean writingAllowed() {
    return access.has(Role.ADMIN);
  }

  /** Checks a file and compares it with the graph; writes nothing. */
  public ImportReport check(Path file, ImportProgress progress) throws IOException {
    return importer.importFile(file, new HsdsImporter.Options(true), progress);
  }

  /**
   * Imports a file: all of it in one transaction, or — when it has errors — nothing.
   *
   * @throws AccessDeniedException when the signed-in person is not an administrator
   */
  public ImportReport importFile(Path file, ImportProgress progress) throws IOException {
    if (!writingAllowed()) {
      throw new AccessDeniedException("Sign in as an administrator to import into the directory.");
    }
    ImportReport report = importer.importFile(file, new HsdsImporter.Options(false), progress);
    if (report.written()) {
      events.publishEvent(new DirectoryChanged());
    }
    return report;
  }
}
