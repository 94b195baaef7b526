package org.throughcareatlas.hsds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.throughcareatlas.backup.DirectoryLock;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.hsds.ImportReport.Kind;

/**
 * Imports a file of HSDS JSON, an HSDS datapackage or an Atlas spreadsheet into the graph.
 *
 * <p>Two passes over the file (rarely three), each streamed one document at a time:
 *
 * <ol>
 *   <li><b>Check</b>: every document is mapped and checked; ids seen are remembered (with a hash of
 *       their content, to find duplicates, and the document they are imported from), and references
 *       to ids not nested in the file are looked up in the file, then in the graph. Any error ends
 *       the import here: nothing is written.
 *   <li><b>Write</b>, in batches: each entity is compared with the graph by its {@code importHash}
 *       (created, updated, unchanged); the changed ones are written — first the nodes of the batch,
 *       then services with their links and the links of the other nodes. A dry run stops after
 *       counting.
 *   <li><b>Link</b>, only when some entity points at one first met further on in the file (say a
 *       service naming an {@code organization_id} whose organization comes later): those links are
 *       written once every node exists.
 * </ol>
 *
 * <p>The writing passes run in <b>one transaction</b>, committed at the end: a failure anywhere
 * rolls everything back and the graph is as it was.
 */
public final class HsdsImporter {

  static final int BATCH_ENTITIES = 2_000;

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final HsdsGraphWriter writer;
  private final int batchEntities;

  public HsdsImporter(Driver driver, SessionConfig sessionConfig) {
    this(driver, sessionConfig, BATCH_ENTITIES);
  }

  HsdsImporter(Driver driver, SessionConfig sessionConfig, int batchEntities) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.writer = new HsdsGraphWriter(new DirectoryWriter(driver, sessionConfig, event -> {}));
    this.batchEntities = batchEntities;
  }

  /** How to import. */
  public record Options(boolean dryRun) {}

  /** Imports a file, recognising its format (see {@link ImportFormats}). */
  public ImportReport importFile(Path file, Options options, ImportProgress progress)
      throws IOException {
    ImportReport report = new ImportReport(file.getFileName().toString(), options.dryRun());
    ImportReference reference;
    try (Session session = driver.session(sessionConfig)) {
      reference = ImportReference.read(session);
    }
    ImportSource source;
    try {
      source = ImportFormats.open(file, reference);
    } catch (ImportFileException e) {
      report.add(e.problem());
      return report;
    }
    return run(source, reference, options, progress, report);
  }

  ImportReport run(
      ImportSource source,
      ImportReference reference,
      Options options,
      ImportProgress progress,
      ImportReport report) {
    long started = System.nanoTime();
    try {
      long t = System.nanoTime();
      Check check = check(source, reference, progress, report);
      ImportTiming.add("pass 1 check", t);
      if (!report.hasErrors()) {
        write(source, reference, options, progress, report, check);
      }
    } catch (ImportFileException e) {
      report.add(e.problem());
    } catch (IOException e) {
      report.add(
          ImportProblem.error(source.name(), "", "a readable file (" + e.getMessage() + ")"));
    }
    report.timing(source.size(), System.nanoTime() - started);
    return report;
  }

  // ---- pass 1: check --------------------------------------------------------------------------

  /** What the check pass learnt: which appearance of each id is imported, and its owners. */
  static final class Check {
    final Map<String, Seen> seen = new HashMap<>();
    final Map<String, Owners> owners = new HashMap<>();
  }

  /** Where an id is imported from: its content hash, place, and the document's ordinal. */
  record Seen(String hash, String where, boolean topLevel, long document) {}

  static final class Owners {
    final Set<String> agencyIds = new LinkedHashSet<>();
    final Set<String> serviceIds = new LinkedHashSet<>();
    final Set<String> locationIds = new LinkedHashSet<>();

    @SuppressWarnings("unchecked")
    void add(Map<String, Object> row) {
      agencyIds.addAll((List<String>) row.getOrDefault("agencyIds", List.of()));
      serviceIds.addAll((List<String>) row.getOrDefault("serviceIds", List.of()));
      locationIds.addAll((List<String>) row.getOrDefault("locationIds", List.of()));
    }
  }

  record Ref(Kind kind, String id, String where, String field) {}

  private Check check(
      ImportSource source, ImportReference reference, ImportProgress progress, ImportReport report)
      throws IOException {
    Check check = new Check();
    List<Ref> refs = new ArrayList<>();
    long[] documents = {0};
    progress.pass("Checking", source.size());
    source.read(
        document -> {
          documents[0]++;
          List<ImportProblem> problems = new ArrayList<>(document.problems());
          List<ImportedEntity> entities = new ArrayList<>();
          boolean ok =
              !document.failedToRead()
                  && HsdsMapping.map(
                      document,
                      reference,
                      new HsdsMapping.Sink() {
                        @Override
                        public void entity(ImportedEntity entity) {
                          entities.add(entity);
                        }

                        @Override
                        public void reference(Kind kind, String id, String where, String field) {
                          refs.add(new Ref(kind, id, where, field));
                        }

                        @Override
                        public void problem(ImportProblem problem) {
                          problems.add(problem);
                        }
                      });
          for (ImportedEntity entity : entities) {
            remember(check, entity, documents[0], problems);
          }
          problems.forEach(report::add);
          if (!ok || problems.stream().anyMatch(ImportProblem::isError)) {
            report.counts(
                    document.type() == ImportDocument.Type.SERVICE ? Kind.SERVICE : Kind.AGENCY)
                .rejected++;
          }
        },
        bytes -> progress.advanced(bytes, documents[0]));
    progress.advanced(source.size(), documents[0]);
    progress.passDone();
    checkReferences(check, refs, report);
    return check;
  }

  private static Kind kindOf(ImportDocument.Type type) {
    return switch (type) {
      case SERVICE -> Kind.SERVICE;
      case ORGANIZATION -> Kind.AGENCY;
      case TAXONOMY_TERM -> Kind.TERM;
      case TAXONOMY -> Kind.TAXONOMY;
    };
  }

  private static void remember(
      Check check, ImportedEntity entity, long document, List<ImportProblem> problems) {
    String hash = entity.contentHash();
    Seen before = check.seen.get(entity.key());
    if (entity.kind() == Kind.CONTACT || entity.kind() == Kind.LOCATION) {
      check.owners.computeIfAbsent(entity.key(), k -> new Owners()).add(entity.row());
    }
    if (before == null) {
      check.seen.put(entity.key(), new Seen(hash, entity.where(), entity.topLevel(), document));
      return;
    }
    if (before.hash().equals(hash)) {
      return;
    }
    String what = entity.kind().plural();
    if (entity.kind() == Kind.SERVICE || (before.topLevel() && entity.topLevel())) {
      problems.add(
          ImportProblem.error(
              entity.where(),
              "id",
              "an id used once: "
                  + entity.id()
                  + " is also the id of another of the "
                  + what
                  + " at "
                  + before.where()
                  + ", with different details"));
    } else if (entity.topLevel() && !before.topLevel()) {
      check.seen.put(entity.key(), new Seen(hash, entity.where(), true, document));
      problems.add(
          ImportProblem.warning(
              before.where(),
              "id",
              "the same details wherever "
                  + entity.id()
                  + " appears; the organization's own entry at "
                  + entity.where()
                  + " is imported"));
    } else {
      problems.add(
          ImportProblem.warning(
              entity.where(),
              "id",
              "the same details wherever "
                  + entity.id()
                  + " appears; these differ from "
                  + before.where()
                  + ", which is imported"));
    }
  }

  private void checkReferences(Check check, List<Ref> refs, ImportReport report) {
    Map<Kind, List<Ref>> missing = new EnumMap<>(Kind.class);
    for (Ref ref : refs) {
      if (!check.seen.containsKey(ref.kind().name() + ":" + ref.id())) {
        missing.computeIfAbsent(ref.kind(), k -> new ArrayList<>()).add(ref);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try (Session session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction()) {
      for (Map.Entry<Kind, List<Ref>> entry : missing.entrySet()) {
        List<String> ids = entry.getValue().stream().map(Ref::id).distinct().toList();
        Set<String> inGraph = new HashSet<>();
        for (int from = 0; from < ids.size(); from += BATCH_ENTITIES) {
          inGraph.addAll(
              HsdsGraphWriter.existingIds(
                  tx,
                  entry.getKey(),
                  ids.subList(from, Math.min(ids.size(), from + BATCH_ENTITIES))));
        }
        for (Ref ref : entry.getValue()) {
          if (!inGraph.contains(ref.id())) {
            report.add(
                ImportProblem.error(
                    ref.where(),
                    ref.field(),
                    "the id of one of the "
                        + ref.kind().plural()
                        + " in this file or in Atlas; there is none with id "
                        + ref.id()));
          }
        }
      }
    }
  }

  // ---- passes 2 and 3: compare and write ------------------------------------------------------

  private void write(
      ImportSource source,
      ImportReference reference,
      Options options,
      ImportProgress progress,
      ImportReport report,
      Check check)
      throws IOException {
    try (Session session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction()) {
      Set<String> changed = new HashSet<>();
      Set<String> created = new HashSet<>();
      Set<String> deferred = new HashSet<>();
      if (!options.dryRun()) {
        DirectoryLock.take(tx); // a backup never sees half of this import
      }
      progress.pass(options.dryRun() ? "Comparing" : "Writing", source.size());
      long t2 = System.nanoTime();
      forEachImported(
          source,
          reference,
          check,
          progress,
          (batch, lastDocument) -> {
            long c = System.nanoTime();
            List<ImportedEntity> toWrite = classify(tx, batch, report, changed, created);
            ImportTiming.add("classify", c);
            if (options.dryRun() || toWrite.isEmpty()) {
              return;
            }
            writer.writeNodes(tx, toWrite, created);
            List<ImportedEntity> linkable = new ArrayList<>();
            for (ImportedEntity e : toWrite) {
              if (pointsAhead(e, check, lastDocument)) {
                deferred.add(e.key());
              } else {
                linkable.add(e);
              }
            }
            writer.writeLinks(tx, linkable, created);
          });
      ImportTiming.add("pass 2 nodes and links", t2);
      progress.passDone();
      if (options.dryRun() || changed.isEmpty()) {
        tx.rollback();
        return;
      }
      if (!deferred.isEmpty()) {
        // Entities pointing at others first met further on in the file: linked now that all exist.
        progress.pass("Linking", source.size());
        long t3 = System.nanoTime();
        forEachImported(
            source,
            reference,
            check,
            progress,
            (batch, lastDocument) ->
                writer.writeLinks(
                    tx, batch.stream().filter(e -> deferred.contains(e.key())).toList(), created));
        ImportTiming.add("pass 3 links", t3);
        progress.passDone();
      }
      long t4 = System.nanoTime();
      progress.pass("Saving", 0);
      tx.commit();
      progress.passDone();
      ImportTiming.add("commit", t4);
      report.written(true);
    }
  }

  /** Whether an entity links to one first met in a later document than those written so far. */
  @SuppressWarnings("unchecked")
  private static boolean pointsAhead(ImportedEntity e, Check check, long lastDocument) {
    Map<String, Object> row = e.row();
    List<String> keys = new ArrayList<>();
    switch (e.kind()) {
      case SERVICE -> {
        keys.add(Kind.AGENCY.name() + ":" + row.get("agencyId"));
        for (Map<String, Object> d : (List<Map<String, Object>>) row.get("deliveredAt")) {
          keys.add(Kind.LOCATION.name() + ":" + d.get("locationId"));
        }
        for (String c : (List<String>) row.get("contactIds")) {
          keys.add(Kind.CONTACT.name() + ":" + c);
        }
      }
      case CONTACT -> {
        for (String a : (List<String>) row.get("agencyIds")) {
          keys.add(Kind.AGENCY.name() + ":" + a);
        }
        for (String s : (List<String>) row.get("serviceIds")) {
          keys.add(Kind.SERVICE.name() + ":" + s);
        }
        for (String l : (List<String>) row.get("locationIds")) {
          keys.add(Kind.LOCATION.name() + ":" + l);
        }
      }
      case LOCATION -> {
        for (String a : (List<String>) row.get("agencyIds")) {
          keys.add(Kind.AGENCY.name() + ":" + a);
        }
      }
      default -> {}
    }
    Object attributes = row.get("attributes");
    if (attributes != null) {
      for (Map<String, Object> a : (List<Map<String, Object>>) attributes) {
        keys.add(Kind.TERM.name() + ":" + a.get("termId"));
      }
    }
    for (String key : keys) {
      Seen seen = check.seen.get(key);
      if (seen != null && seen.document() > lastDocument) {
        return true;
      }
    }
    return false;
  }

  /** Told each batch of entities to import and the ordinal of the last document read for it. */
  interface Batches {
    void accept(List<ImportedEntity> batch, long lastDocument);
  }

  /**
   * Streams the entities to import — each once, at the appearance the check chose — in batches.
   *
   * <p>The file is read and mapped ahead on a thread of its own ({@link ReadAhead}) while {@code
   * batches} writes the previous batch, so reading and writing overlap; at most {@link
   * ReadAhead#BATCHES_AHEAD} batches wait in memory, so a large file is still streamed. Progress is
   * told as each batch is done, so it shows what is written, not what is read.
   */
  private void forEachImported(
      ImportSource source,
      ImportReference reference,
      Check check,
      ImportProgress progress,
      Batches batches)
      throws IOException {
    try (ReadAhead ahead =
        new ReadAhead(source.name(), ready -> read(source, reference, check, ready))) {
      for (ReadAhead.Batch batch = ahead.next(); batch != null; batch = ahead.next()) {
        if (!batch.entities().isEmpty()) {
          batches.accept(batch.entities(), batch.lastDocument());
        }
        progress.advanced(batch.bytes(), batch.lastDocument());
      }
    }
  }

  /** Reads the entities to import, handing each full batch to {@code ready}, then the rest. */
  private void read(
      ImportSource source, ImportReference reference, Check check, Consumer<ReadAhead.Batch> ready)
      throws IOException {
    Set<String> done = new HashSet<>();
    List<ImportedEntity> batch = new ArrayList<>();
    long[] documents = {0};
    long[] bytesRead = {0};
    source.read(
        document -> {
          documents[0]++;
          List<ImportedEntity> entities = new ArrayList<>();
          boolean ok =
              !document.failedToRead()
                  && HsdsMapping.map(
                      document,
                      reference,
                      new HsdsMapping.Sink() {
                        @Override
                        public void entity(ImportedEntity entity) {
                          entities.add(entity);
                        }

                        @Override
                        public void reference(Kind kind, String id, String where, String field) {}

                        @Override
                        public void problem(ImportProblem problem) {}
                      });
          if (!ok) {
            return;
          }
          for (ImportedEntity entity : entities) {
            Seen seen = check.seen.get(entity.key());
            if (seen == null || !seen.where().equals(entity.where()) || !done.add(entity.key())) {
              continue;
            }
            batch.add(withOwners(entity, check.owners.get(entity.key())));
          }
          if (batch.size() >= batchEntities) {
            ready.accept(new ReadAhead.Batch(List.copyOf(batch), documents[0], bytesRead[0]));
            batch.clear();
          }
        },
        bytes -> bytesRead[0] = bytes);
    ready.accept(
        new ReadAhead.Batch(
            List.copyOf(batch), documents[0], Math.max(bytesRead[0], source.size())));
  }

  private static ImportedEntity withOwners(ImportedEntity entity, Owners owners) {
    if (owners == null) {
      return entity.withImportHash();
    }
    Map<String, Object> row = new TreeMap<>(entity.row());
    row.put("agencyIds", List.copyOf(owners.agencyIds));
    if (entity.kind() == Kind.CONTACT) {
      row.put("serviceIds", List.copyOf(owners.serviceIds));
      row.put("locationIds", List.copyOf(owners.locationIds));
    }
    return new ImportedEntity(entity.kind(), entity.id(), entity.where(), entity.topLevel(), row)
        .withImportHash();
  }

  /** Counts each entity as created, updated or unchanged; returns those to write. */
  private static List<ImportedEntity> classify(
      Transaction tx,
      List<ImportedEntity> batch,
      ImportReport report,
      Set<String> changed,
      Set<String> created) {
    Map<Kind, List<String>> ids = new EnumMap<>(Kind.class);
    for (ImportedEntity e : batch) {
      ids.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.id());
    }
    Map<String, String> existing = HsdsGraphWriter.existingHashes(tx, ids);
    List<ImportedEntity> toWrite = new ArrayList<>();
    for (ImportedEntity e : batch) {
      ImportReport.Counts counts = report.counts(e.kind());
      if (!existing.containsKey(e.key())) {
        counts.created++;
        created.add(e.key());
      } else if (e.importHash().equals(existing.get(e.key()))) {
        counts.unchanged++;
        continue;
      } else {
        counts.updated++;
      }
      changed.add(e.key());
      toWrite.add(e);
    }
    return toWrite;
  }
}
