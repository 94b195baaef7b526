package org.throughcareatlas.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.throughcareatlas.demo.DemoDirectory;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.Directory.Agency;
import org.throughcareatlas.directorydata.Directory.Area;
import org.throughcareatlas.directorydata.Directory.Contact;
import org.throughcareatlas.directorydata.Directory.Location;
import org.throughcareatlas.directorydata.Directory.Prison;
import org.throughcareatlas.directorydata.Directory.Relationship;
import org.throughcareatlas.directorydata.Directory.Service;
import org.throughcareatlas.directorydata.DirectoryWriter;

/**
 * The demo directory scaled up to many services, for benchmarks. Realistic in shape:
 *
 * <ul>
 *   <li>the same 32 council areas, 17 prisons, needs and circumstances as the demo;
 *   <li>agencies and services cloned from the demo's, round after round (one round is the demo's
 *       231 services and the 94 agencies that provide or fund them, so about one agency per 2.5
 *       services), with new stable ids and names suffixed " #n";
 *   <li>each cloned agency based in a council area picked in proportion to its population; most of
 *       its services local (covering that area, or a neighbouring one, and one to three of the
 *       nearest areas, with an office within about 2 km of the main town), about 1.5% national (all
 *       32 areas, a virtual location); in-reach services work in the prisons nearest them;
 *   <li>needs, eligibility (circumstances, ages), status, capacity and staleness as in the demo
 *       service each clone comes from (verification dates moved by up to a month);
 *   <li>the demo's working relationships repeated in every round (about 1.3 per service), a quarter
 *       of those between agencies reaching the same agency's clone in another round.
 * </ul>
 *
 * <p>Deterministic for a seed: ids are {@code UUID.nameUUIDFromBytes("atlas-bench:<seed>:<kind>:
 * <index>")} and every random choice comes from one {@code java.util.Random(seed)} in a fixed
 * order. 100,000 services take well under a second and a few tens of MB; {@link #write} writes them
 * in chunks so that no transaction holds the whole directory.
 */
public final class ScaledDirectory {

  private static final Logger log = LoggerFactory.getLogger(ScaledDirectory.class);

  /** Services written per transaction by {@link #write(DirectoryWriter, Directory)}. */
  public static final int CHUNK_SIZE = 5_000;

  /** Share of cloned services that are national: all 32 areas, delivered by phone or online. */
  static final double NATIONAL_SHARE = 0.015;

  /** Share of cloned services based in a neighbouring area of their agency's (a branch). */
  static final double BRANCH_SHARE = 0.15;

  /** Share of agency-to-agency relationships that reach a clone in another round. */
  static final double CROSS_ROUND_SHARE = 0.25;

  /** Verification dates move by up to this many days either way (never past the demo's today). */
  static final int VERIFIED_JITTER_DAYS = 30;

  /**
   * Approximate population of each council area in thousands (NRS mid-year estimates, rounded):
   * where provision is, and where people are released to.
   */
  private static final Map<String, Integer> POPULATION =
      Map.ofEntries(
          Map.entry("S12000033", 224), // Aberdeen City
          Map.entry("S12000034", 263), // Aberdeenshire
          Map.entry("S12000041", 115), // Angus
          Map.entry("S12000035", 87), // Argyll and Bute
          Map.entry("S12000036", 514), // City of Edinburgh
          Map.entry("S12000005", 52), // Clackmannanshire
          Map.entry("S12000006", 145), // Dumfries and Galloway
          Map.entry("S12000042", 148), // Dundee City
          Map.entry("S12000008", 120), // East Ayrshire
          Map.entry("S12000045", 109), // East Dunbartonshire
          Map.entry("S12000010", 112), // East Lothian
          Map.entry("S12000011", 97), // East Renfrewshire
          Map.entry("S12000014", 159), // Falkirk
          Map.entry("S12000047", 371), // Fife
          Map.entry("S12000049", 622), // Glasgow City
          Map.entry("S12000017", 235), // Highland
          Map.entry("S12000018", 78), // Inverclyde
          Map.entry("S12000019", 96), // Midlothian
          Map.entry("S12000020", 94), // Moray
          Map.entry("S12000013", 26), // Na h-Eileanan Siar
          Map.entry("S12000021", 133), // North Ayrshire
          Map.entry("S12000050", 341), // North Lanarkshire
          Map.entry("S12000023", 22), // Orkney Islands
          Map.entry("S12000048", 153), // Perth and Kinross
          Map.entry("S12000038", 184), // Renfrewshire
          Map.entry("S12000026", 116), // Scottish Borders
          Map.entry("S12000027", 23), // Shetland Islands
          Map.entry("S12000028", 112), // South Ayrshire
          Map.entry("S12000029", 328), // South Lanarkshire
          Map.entry("S12000030", 92), // Stirling
          Map.entry("S12000039", 88), // West Dunbartonshire
          Map.entry("S12000040", 183)); // West Lothian

  private static final String[] STREETS = {
    "High Street",
    "Main Street",
    "Church Street",
    "Station Road",
    "King Street",
    "Queen Street",
    "Market Street",
    "Bridge Street",
    "Victoria Road",
    "Castle Street"
  };

  private ScaledDirectory() {}

  /**
   * The demo directory scaled up to {@code services} services (10,000 and 100,000 are the sizes
   * benchmarked); equal for equal arguments.
   */
  public static Directory scaled(int services, long seed) {
    if (services < 1) {
      throw new IllegalArgumentException("services must be at least 1, was " + services);
    }
    return new Builder(DemoDirectory.build(), services, seed).build();
  }

  /** Writes a (large) directory in chunks of {@link #CHUNK_SIZE} rows. */
  public static void write(DirectoryWriter writer, Directory directory) {
    write(writer, directory, CHUNK_SIZE);
  }

  /**
   * Writes a directory in several transactions of at most {@code chunkSize} rows each, in the order
   * the rows depend on each other: taxonomy, areas and prisons; agencies; locations; services;
   * contacts (which may name a service); working relationships (which may end at a service). A
   * failure leaves the chunks before it written: for benchmark data, not for imports.
   */
  public static void write(DirectoryWriter writer, Directory directory, int chunkSize) {
    long started = System.nanoTime();
    writer.write(
        new Directory(
            directory.areas(),
            directory.prisons(),
            directory.needs(),
            directory.circumstances(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    started = logged("taxonomy, areas and prisons", 1, started);
    for (List<Agency> part : chunks(directory.agencies(), chunkSize)) {
      writer.write(of(part, List.of(), List.of(), List.of(), List.of()));
    }
    started = logged("agencies", directory.agencies().size(), started);
    for (List<Location> part : chunks(directory.locations(), chunkSize)) {
      writer.write(of(List.of(), part, List.of(), List.of(), List.of()));
    }
    started = logged("locations", directory.locations().size(), started);
    for (List<Service> part : chunks(directory.services(), chunkSize)) {
      writer.write(of(List.of(), List.of(), List.of(), part, List.of()));
    }
    started = logged("services", directory.services().size(), started);
    for (List<Contact> part : chunks(directory.contacts(), chunkSize)) {
      writer.write(of(List.of(), List.of(), part, List.of(), List.of()));
    }
    started = logged("contacts", directory.contacts().size(), started);
    for (List<Relationship> part : chunks(directory.relationships(), chunkSize)) {
      writer.write(of(List.of(), List.of(), List.of(), List.of(), part));
    }
    logged("working relationships", directory.relationships().size(), started);
  }

  private static long logged(String what, int rows, long since) {
    long now = System.nanoTime();
    log.info("Wrote {} ({} rows) in {} ms", what, rows, (now - since) / 1_000_000);
    return now;
  }

  private static Directory of(
      List<Agency> agencies,
      List<Location> locations,
      List<Contact> contacts,
      List<Service> services,
      List<Relationship> relationships) {
    return new Directory(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        agencies,
        locations,
        contacts,
        services,
        relationships);
  }

  private static <T> List<List<T>> chunks(List<T> rows, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += size) {
      chunks.add(rows.subList(from, Math.min(rows.size(), from + size)));
    }
    return chunks;
  }

  /** A stable id for a generated record. */
  static String id(long seed, String kind, int index) {
    return UUID.nameUUIDFromBytes(
            ("atlas-bench:" + seed + ":" + kind + ":" + index).getBytes(UTF_8))
        .toString();
  }

  /** A council area picked in proportion to its population. */
  static Area pickArea(Random random, List<Area> areas) {
    int total = 0;
    for (Area area : areas) {
      total += weight(area);
    }
    int ticket = random.nextInt(total);
    for (Area area : areas) {
      ticket -= weight(area);
      if (ticket < 0) {
        return area;
      }
    }
    return areas.getLast();
  }

  private static int weight(Area area) {
    return POPULATION.getOrDefault(area.code(), 100);
  }

  /** Distance in km between two points (haversine), enough to find neighbours. */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /** One cloned agency: its id, name and home council area. */
  private record AgencyClone(String id, String name, Area home) {}

  /** Builds one scaled directory; used once. */
  private static final class Builder {

    private final Directory demo;
    private final int serviceCount;
    private final long seed;
    private final Random random;

    private final List<String> allAreaCodes;
    private final Map<String, List<Area>> nearestAreas = new HashMap<>();
    private final Map<String, List<String>> nearestPrisons = new HashMap<>();
    private final Map<String, Location> demoLocations = new HashMap<>();
    private final Map<String, Integer> agencyIndex = new HashMap<>();
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final Map<String, List<Contact>> agencyContacts = new HashMap<>();
    private final Map<String, List<Contact>> serviceContacts = new HashMap<>();

    private final List<Agency> agencies = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();

    /** Offices by agency clone id and area code; virtual locations by agency clone id. */
    private final Map<String, String> offices = new HashMap<>();

    private final Map<String, String> virtualLocations = new HashMap<>();

    Builder(Directory demo, int serviceCount, long seed) {
      this.demo = demo;
      this.serviceCount = serviceCount;
      this.seed = seed;
      this.random = new Random(seed);
      this.allAreaCodes = demo.areas().stream().map(Area::code).toList();
      for (Area area : demo.areas()) {
        nearestAreas.put(
            area.code(),
            demo.areas().stream()
                .filter(other -> !other.code().equals(area.code()))
                .sorted(Comparator.comparingDouble(other -> distance(area, other)))
                .toList());
        nearestPrisons.put(
            area.code(),
            demo.prisons().stream()
                .sorted(
                    Comparator.comparingDouble(
                        (Prison p) ->
                            distanceKm(
                                area.latitude(), area.longitude(), p.latitude(), p.longitude())))
                .map(Prison::id)
                .toList());
      }
      demo.locations().forEach(l -> demoLocations.put(l.id(), l));
      for (int i = 0; i < demo.agencies().size(); i++) {
        agencyIndex.put(demo.agencies().get(i).id(), i);
      }
      for (int i = 0; i < demo.services().size(); i++) {
        serviceIndex.put(demo.services().get(i).id(), i);
      }
      for (Contact c : demo.contacts()) {
        if (c.serviceId() == null) {
          agencyContacts.computeIfAbsent(c.agencyId(), k -> new ArrayList<>()).add(c);
        } else {
          serviceContacts.computeIfAbsent(c.serviceId(), k -> new ArrayList<>()).add(c);
        }
      }
    }

    Directory build() {
      int perRound = demo.services().size();
      int rounds = (serviceCount + perRound - 1) / perRound;
      AgencyClone[][] agencyClones = new AgencyClone[rounds][];
      String[][] serviceClones = new String[rounds][perRound];
      for (int round = 0; round < rounds; round++) {
        int inRound = Math.min(perRound, serviceCount - round * perRound);
        agencyClones[round] = cloneAgencies(inRound == perRound, inRound);
        for (int t = 0; t < inRound; t++) {
          serviceClones[round][t] = cloneService(round * perRound + t, t, agencyClones[round]);
        }
      }
      for (int round = 0; round < rounds; round++) {
        cloneRelationships(round, agencyClones, serviceClones);
      }
      return new Directory(
          demo.areas(),
          demo.prisons(),
          demo.needs(),
          demo.circumstances(),
          List.copyOf(agencies),
          List.copyOf(locations),
          List.copyOf(contacts),
          List.copyOf(services),
          List.copyOf(relationships));
    }

    /** A round's agencies: all of the demo's in a full round, else those providing its services. */
    private AgencyClone[] cloneAgencies(boolean fullRound, int inRound) {
      Set<Integer> providing = new LinkedHashSet<>();
      for (int t = 0; t < inRound; t++) {
        providing.add(agencyIndex.get(demo.services().get(t).agencyId()));
      }
      AgencyClone[] clones = new AgencyClone[demo.agencies().size()];
      for (int a = 0; a < clones.length; a++) {
        if (!fullRound && !providing.contains(a)) {
          continue;
        }
        Agency template = demo.agencies().get(a);
        int index = agencies.size();
        String id = id(seed, "agency", index);
        String name = template.name() + " #" + (index + 1);
        Area home = pickArea(random, demo.areas());
        agencies.add(
            new Agency(
                id,
                name,
                template.description(),
                template.kind(),
                template.website(),
                template.email(),
                template.phone(),
                home.code(),
                template.lastConfirmed()));
        for (Contact c : agencyContacts.getOrDefault(template.id(), List.of())) {
          contacts.add(copy(c, id, null));
        }
        clones[a] = new AgencyClone(id, name, home);
      }
      return clones;
    }

    private String cloneService(int index, int templateIndex, AgencyClone[] agencyClones) {
      Service template = demo.services().get(templateIndex);
      AgencyClone agency = agencyClones[agencyIndex.get(template.agencyId())];
      boolean national = random.nextDouble() < NATIONAL_SHARE;
      Area home =
          random.nextDouble() < BRANCH_SHARE
              ? nearestAreas.get(agency.home().code()).get(random.nextInt(2))
              : agency.home();

      List<String> covers;
      if (national) {
        covers = allAreaCodes;
      } else {
        int neighbours = pickNeighbourCount();
        List<String> codes = new ArrayList<>(List.of(home.code()));
        List<Area> near = new ArrayList<>(nearestAreas.get(home.code()).subList(0, 4));
        for (int n = 0; n < neighbours; n++) {
          codes.add(near.remove(random.nextInt(near.size())).code());
        }
        covers = List.copyOf(codes);
      }

      boolean virtualOnly =
          template.locationIds().stream().allMatch(id -> demoLocations.get(id).virtual());
      String locationId =
          national || virtualOnly ? virtualLocation(agency) : office(agency, home, template);

      List<String> inReach;
      if (template.inReachPrisonIds().isEmpty() || national) {
        inReach = template.inReachPrisonIds();
      } else {
        inReach =
            nearestPrisons
                .get(home.code())
                .subList(0, Math.min(template.inReachPrisonIds().size(), 3));
      }

      LocalDate verified = template.lastVerified();
      if (verified != null) {
        verified =
            verified.plusDays(
                random.nextInt(2 * VERIFIED_JITTER_DAYS + 1) - (long) VERIFIED_JITTER_DAYS);
        if (verified.isAfter(DemoDirectory.TODAY)) {
          verified = DemoDirectory.TODAY;
        }
      }

      String id = id(seed, "service", index);
      services.add(
          new Service(
              id,
              agency.id(),
              template.name() + " #" + (index + 1),
              template.description(),
              template.status(),
              template.selfReferral(),
              template.referralRoutes(),
              template.referralCriteria(),
              template.waitingTime(),
              template.capacity(),
              template.cost(),
              template.languages(),
              template.openingHours(),
              template.requiredDocuments(),
              template.minimumAge(),
              template.maximumAge(),
              verified,
              template.needIds(),
              template.circumstanceIds(),
              covers,
              inReach,
              List.of(locationId)));
      for (Contact c : serviceContacts.getOrDefault(template.id(), List.of())) {
        contacts.add(copy(c, agency.id(), id));
      }
      return id;
    }

    /** Neighbouring areas a local service also covers: none (half), one or two. */
    private int pickNeighbourCount() {
      double d = random.nextDouble();
      return d < 0.5 ? 0 : d < 0.8 ? 1 : 2;
    }

    /** The agency's office in the area (one per agency and area), near the main town. */
    private String office(AgencyClone agency, Area area, Service template) {
      return offices.computeIfAbsent(
          agency.id() + "|" + area.code(),
          key -> {
            String id = id(seed, "location", locations.size());
            Location like = demoLocations.get(template.locationIds().getFirst());
            locations.add(
                new Location(
                    id,
                    agency.name() + ", " + area.mainTown(),
                    (1 + random.nextInt(180))
                        + " "
                        + STREETS[random.nextInt(STREETS.length)]
                        + ", "
                        + area.mainTown(),
                    area.code().equals(like.areaCode()) ? like.postcode() : null,
                    area.code(),
                    round(area.latitude() + (random.nextDouble() - 0.5) * 0.036),
                    round(area.longitude() + (random.nextDouble() - 0.5) * 0.06),
                    false));
            return id;
          });
    }

    /** The agency's phone and online "location": no address, at its home town's coordinates. */
    private String virtualLocation(AgencyClone agency) {
      return virtualLocations.computeIfAbsent(
          agency.id(),
          key -> {
            String id = id(seed, "location", locations.size());
            Area home = agency.home();
            locations.add(
                new Location(
                    id,
                    agency.name() + " (phone and online)",
                    null,
                    null,
                    home.code(),
                    home.latitude(),
                    home.longitude(),
                    true));
            return id;
          });
    }

    private void cloneRelationships(
        int round, AgencyClone[][] agencyClones, String[][] serviceClones) {
      for (Relationship template : demo.relationships()) {
        AgencyClone from = agencyClones[round][agencyIndex.get(template.fromId())];
        if (from == null) {
          continue;
        }
        String to =
            switch (template.type()) {
              case REFERS_TO, PARTNERS_WITH, SHARES_INFORMATION_WITH -> {
                int target = agencyIndex.get(template.toId());
                int other =
                    random.nextDouble() < CROSS_ROUND_SHARE
                        ? random.nextInt(agencyClones.length)
                        : round;
                AgencyClone clone = agencyClones[other][target];
                if (clone == null || clone.id().equals(from.id())) {
                  clone = agencyClones[round][target];
                }
                yield clone == null ? null : clone.id();
              }
              case WORKS_IN -> template.toId();
              case FUNDS, COMMISSIONS -> serviceClones[round][serviceIndex.get(template.toId())];
            };
        if (to == null) {
          continue;
        }
        relationships.add(
            new Relationship(
                id(seed, "relationship", relationships.size()),
                template.type(),
                from.id(),
                to,
                template.since(),
                template.formal(),
                template.lastConfirmed(),
                template.notes(),
                template.system()));
      }
    }

    private Contact copy(Contact template, String agencyId, String serviceId) {
      return new Contact(
          id(seed, "contact", contacts.size()),
          agencyId,
          serviceId,
          template.prisonId(),
          template.name(),
          template.role(),
          template.phone(),
          template.email());
    }

    private static double distance(Area a, Area b) {
      return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    private static double round(double degrees) {
      return Math.round(degrees * 100_000) / 100_000.0;
    }
  }
}
