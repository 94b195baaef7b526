package org.throughcareatlas.hsds;

import java.io.IOException;
import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.throughcareatlas.directory.DirectoryChanged;

/**
 * Imports inside the running application (the Data page): the same {@link HsdsImporter} as the
 * command line, on the application's own database, saying {@link DirectoryChanged} after a write so
 * that what the search keeps in memory is read afresh. Writing is an administrator's act: it is
 * allowed only when {@code atlas.editing.enabled} is true; checking a file always is.
 */
@Component
public class HsdsImports {

  private final HsdsImporter importer;
  private final ApplicationEventPublisher events;
  private final boolean writingAllowed;

  HsdsImports(
      Driver driver,
      SessionConfig sessionConfig,
      ApplicationEventPublisher events,
      @Value("${atlas.editing.enabled:false}") boolean writingAllowed) {
    this.importer = new HsdsImporter(driver, sessionConfig);
    this.events = events;
    this.writingAllowed = writingAllowed;
  }

  /** Whether this Atlas lets imports write (the admin setting {@code ATLAS_EDITING_ENABLED}). */
  public boolean writingAllowed() {
    return writingAllowed;
  }

  /** Checks a file and compares it with the graph; writes nothing. */
  public ImportReport check(Path file, ImportProgress progress) throws IOException {
    return importer.importFile(file, new HsdsImporter.Options(true), progress);
  }

  /**
   * Imports a file: all of it in one transaction, or — when it has errors — nothing.
   *
   * @throws IllegalStateException when writing is not allowed on this Atlas
   */
  public ImportReport importFile(Path file, ImportProgress progress) throws IOException {
    if (!writingAllowed) {
      throw new IllegalStateException("Importing is switched off on this Atlas");
    }
    ImportReport report = importer.importFile(file, new HsdsImporter.Options(false), progress);
    if (report.written()) {
      events.publishEvent(new DirectoryChanged());
    }
    return report;
  }
}
