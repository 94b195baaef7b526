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
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.throughcareatlas.directorydata.DirectoryWriter;
import org.throughcareatlas.hsds.ImportReport.Kind;

/**
 * Imports a file of HSDS JSON, an HSDS datapackage or an Atlas spreadsheet into the graph.
 *
 * <p>Three passes over the file, each streamed one document at a time:
 *
 * <ol>
 *   <li><b>Check</b>: every document is mapped and checked; ids seen are remembered (with a hash of
 *       their content, to find duplicates), and references to ids not nested in the file are looked
 *       up in the file, then in the graph. Any error ends the import here: nothing is written.
 *   <li><b>Nodes</b>: each entity is compared with the graph by its {@code importHash} (created,
 *       updated, unchanged); changed agencies, locations, contacts, taxonomies and terms are
 *       written. A dry run stops after counting.
 *   <li><b>Links</b>: changed services are written with all their links, and the links of changed
 *       nodes are rebuilt — now that every node they point to exists.
 * </ol>
 *
 * <p>Passes 2 and 3 run in <b>one transaction</b>, committed at the end: a failure anywhere rolls
 * everything back and the graph is as it was.
 */
public final class HsdsImporter {

  static final int BATCH_ENTITIES = 2_000;

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final HsdsGraphWriter writer;

  public HsdsImporter(Driver driver, SessionConfig sessionConfig) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.writer = new HsdsGraphWriter(new DirectoryWriter(driver, sessionConfig, event -> {}));
  }

  /** How to import. */
  public record Options(boolean dryRun) {}

  /** Imports a file, recognising its format (see {@link ImportFormats}). */
  public ImportReport importFile(Path file, Options options, ImportProgress progress)
      throws IOException {
    ImportReport report = new ImportReport(file.getFileName().toString(), options.dryRun());
    Reference reference;
    try (Session session = driver.session(sessionConfig)) {
      reference = Reference.read(session);
    }
    DocumentSource source;
    try {
      source = ImportFormats.open(file, reference);
    } catch (ImportFileException e) {
      report.add(e.problem());
      return report;
    }
    return run(source, reference, options, progress, report);
  }

  ImportReport run(
      DocumentSource source,
      Reference reference,
      Options options,
      ImportProgress progress,
      ImportReport report) {
    long started = System.nanoTime();
    try {
      Check check = check(source, reference, progress, report);
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

  record Seen(String hash, String where, boolean topLevel) {}

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
      DocumentSource source, Reference reference, ImportProgress progress, ImportReport report)
      throws IOException {
    Check check = new Check();
    List<Ref> refs = new ArrayList<>();
    long[] documents = {0};
    progress.pass("Checking", source.size());
    source.read(
        document -> {
          documents[0]++;
          List<ImportProblem> problems = new ArrayList<>(document.problems());
          List<Entity> entities = new ArrayList<>();
          boolean ok =
              !document.failedToRead()
                  && HsdsMapping.map(
                      document,
                      reference,
                      new HsdsMapping.Sink() {
                        @Override
                        public void entity(Entity entity) {
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
          for (Entity entity : entities) {
            remember(check, entity, problems);
          }
          problems.forEach(report::add);
          if (!ok || problems.stream().anyMatch(ImportProblem::isError)) {
            report.counts(document.type() == Document.Type.SERVICE ? Kind.SERVICE : Kind.AGENCY)
                .rejected++;
          }
        },
        bytes -> progress.advanced(bytes, documents[0]));
    progress.passDone();
    checkReferences(check, refs, report);
    return check;
  }

  private static void remember(Check check, Entity entity, List<ImportProblem> problems) {
    String hash = entity.contentHash();
    Seen before = check.seen.get(entity.key());
    if (entity.kind() == Kind.CONTACT || entity.kind() == Kind.LOCATION) {
      check.owners.computeIfAbsent(entity.key(), k -> new Owners()).add(entity.row());
    }
    if (before == null) {
      check.seen.put(entity.key(), new Seen(hash, entity.where(), entity.topLevel()));
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
      check.seen.put(entity.key(), new Seen(hash, entity.where(), true));
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
      DocumentSource source,
      Reference reference,
      Options options,
      ImportProgress progress,
      ImportReport report,
      Check check)
      throws IOException {
    try (Session session = driver.session(sessionConfig);
        Transaction tx = session.beginTransaction()) {
      Set<String> changed = new HashSet<>();
      Map<String, String> agencyKinds = new HashMap<>();
      progress.pass(options.dryRun() ? "Comparing" : "Writing", source.size());
      forEachImported(
          source,
          reference,
          check,
          progress,
          batch -> {
            List<Entity> toWrite = classify(tx, batch, report, changed, agencyKinds);
            if (!options.dryRun()) {
              writer.writeNodes(tx, toWrite, agencyKinds);
            }
          });
      progress.passDone();
      if (options.dryRun() || changed.isEmpty()) {
        tx.rollback();
        return;
      }
      progress.pass("Linking", source.size());
      forEachImported(
          source,
          reference,
          check,
          progress,
          batch ->
              writer.writeLinks(
                  tx, batch.stream().filter(e -> changed.contains(e.key())).toList()));
      progress.passDone();
      tx.commit();
      report.written(true);
    }
  }

  /** Streams the entities to import — each once, at the appearance the check chose — in batches. */
  private void forEachImported(
      DocumentSource source,
      Reference reference,
      Check check,
      ImportProgress progress,
      java.util.function.Consumer<List<Entity>> batches)
      throws IOException {
    Set<String> done = new HashSet<>();
    List<Entity> batch = new ArrayList<>();
    long[] documents = {0};
    source.read(
        document -> {
          documents[0]++;
          List<Entity> entities = new ArrayList<>();
          boolean ok =
              !document.failedToRead()
                  && HsdsMapping.map(
                      document,
                      reference,
                      new HsdsMapping.Sink() {
                        @Override
                        public void entity(Entity entity) {
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
          for (Entity entity : entities) {
            Seen seen = check.seen.get(entity.key());
            if (seen == null || !seen.where().equals(entity.where()) || !done.add(entity.key())) {
              continue;
            }
            batch.add(withOwners(entity, check.owners.get(entity.key())));
          }
          if (batch.size() >= BATCH_ENTITIES) {
            batches.accept(List.copyOf(batch));
            batch.clear();
          }
        },
        bytes -> progress.advanced(bytes, documents[0]));
    if (!batch.isEmpty()) {
      batches.accept(List.copyOf(batch));
    }
  }

  private static Entity withOwners(Entity entity, Owners owners) {
    if (owners == null) {
      return entity.withImportHash();
    }
    Map<String, Object> row = new TreeMap<>(entity.row());
    row.put("agencyIds", List.copyOf(owners.agencyIds));
    if (entity.kind() == Kind.CONTACT) {
      row.put("serviceIds", List.copyOf(owners.serviceIds));
      row.put("locationIds", List.copyOf(owners.locationIds));
    }
    return new Entity(entity.kind(), entity.id(), entity.where(), entity.topLevel(), row)
        .withImportHash();
  }

  /** Counts each entity as created, updated or unchanged; returns those to write. */
  private static List<Entity> classify(
      Transaction tx,
      List<Entity> batch,
      ImportReport report,
      Set<String> changed,
      Map<String, String> agencyKinds) {
    Map<Kind, List<Entity>> byKind = new EnumMap<>(Kind.class);
    for (Entity e : batch) {
      byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
    }
    List<Entity> toWrite = new ArrayList<>();
    for (Map.Entry<Kind, List<Entity>> entry : byKind.entrySet()) {
      List<String> ids = entry.getValue().stream().map(Entity::id).toList();
      Map<String, Map<String, Object>> existing = HsdsGraphWriter.existing(tx, entry.getKey(), ids);
      ImportReport.Counts counts = report.counts(entry.getKey());
      for (Entity e : entry.getValue()) {
        Map<String, Object> before = existing.get(e.id());
        if (before == null) {
          counts.created++;
        } else if (e.importHash().equals(before.get("hash"))) {
          counts.unchanged++;
          continue;
        } else {
          counts.updated++;
          if (e.kind() == Kind.AGENCY && before.get("kind") != null) {
            agencyKinds.put(e.id(), (String) before.get("kind"));
          }
        }
        changed.add(e.key());
        toWrite.add(e);
      }
    }
    return toWrite;
  }
}
