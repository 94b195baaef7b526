package org.throughcareatlas.commissioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.throughcareatlas.commissioning.DuplicateGroup.Difference;
import org.throughcareatlas.commissioning.DuplicateGroup.ScoredPair;
import org.throughcareatlas.commissioning.DuplicateGroup.Value;
import org.throughcareatlas.directory.Area;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.search.Eligibility.Restriction;

/**
 * Scores pairs of candidate services and groups them (docs/duplicates.md).
 *
 * <p>A pair is scored only when the two services meet a same need directly, share a council area of
 * their catchments and have compatible eligibility; they must be of different agencies to link. The
 * score, in [0, 1]:
 *
 * <pre>
 *   0.35 needs        |N1 ∩ N2| / √(|N1|·|N2|)   over the needs each meets directly
 * + 0.25 catchment    |A1 ∩ A2| / √(|A1|·|A2|)   over the council areas each covers
 * + 0.15 eligibility  1 when one's people are within the other's (same or narrower restrictions in
 *                     every circumstance group, age range within the other's), else 0.5; two
 *                     services working inside prisons, but no prison in common, are not compared
 *                     (they work with different people)
 * + 0.25 description  Jaccard of the sets of words of the two descriptions (lower-cased, letters
 *                     and digits, stop words and one-letter words left out)
 * </pre>
 *
 * Pairs at or above the threshold are joined into groups (connected components).
 *
 * <p>To stay fast on large directories, services with the same description, needs, catchment and
 * eligibility are scored once as one profile (two such services score 1, and link when their
 * agencies differ); pairs are only compared within a block of one need and one area, and each pair
 * only in the block of its first shared need and area. The result is the same as comparing every
 * pair of services.
 */
public final class Duplicates {

  public static final double NEEDS_WEIGHT = 0.35;
  public static final double CATCHMENT_WEIGHT = 0.25;
  public static final double ELIGIBILITY_WEIGHT = 0.15;
  public static final double DESCRIPTION_WEIGHT = 0.25;

  /** Eligibility part when both are compatible but neither's people are within the other's. */
  public static final double OVERLAPPING_ELIGIBILITY = 0.5;

  /**
   * The needs part must be at least this for a pair to be compared: what they share is at least
   * half of what they do (one need of two each; one of one and two).
   */
  public static final double MIN_NEEDS = 0.5;

  /** Up to this many distinct descriptions, their similarities are cached in a dense table. */
  private static final int DENSE_DESCRIPTIONS = 2048;

  /** Linking pairs listed per group, strongest first. */
  public static final int MAX_PAIRS_SHOWN = 50;

  /** Words that say nothing about what a service does. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "by",
          "can", "each", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of", "on",
          "or", "our", "so", "than", "that", "the", "their", "them", "then", "there", "they",
          "this", "to", "until", "up", "we", "what", "when", "where", "which", "who", "with",
          "within", "you", "your");

  private Duplicates() {}

  /** The similarity of two services, or null when they are not a candidate pair. */
  public static ScoredPair score(DuplicateCandidate a, DuplicateCandidate b) {
    if (a.agencyId().equals(b.agencyId())) {
      return null;
    }
    Index index = new Index(List.of(a, b));
    Profile p = index.profiles.get(0);
    Profile q = index.profiles.size() > 1 ? index.profiles.get(1) : p;
    return index.score(p, q) < 0 ? null : pair(a.serviceId(), b.serviceId(), index.parts(p, q));
  }

  /** The words of a description that count for the description part of the score. */
  public static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    for (String word : text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{Nd}]+")) {
      if (word.length() > 1 && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Groups of duplicated provision among the candidates, ranked by size, then mean score.
   *
   * @param needs every need by id, for the explanation
   * @param areas every council area by code, for the explanation
   */
  public static List<DuplicateGroup> groups(
      List<DuplicateCandidate> given,
      double minScore,
      int minGroupSize,
      Map<String, Need> needs,
      Map<String, Area> areas) {
    // The same groups, pairs and ties whatever order the candidates come in.
    List<DuplicateCandidate> candidates =
        given.stream().sorted(Comparator.comparing(DuplicateCandidate::serviceId)).toList();
    Index index = new Index(candidates);
    int n = index.profiles.size();
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);

    // Pass 1: link profiles.
    index.forEachPair(
        (p, q) -> {
          if (find(parent, p.index) != find(parent, q.index)
              && links(p, q)
              && index.score(p, q) >= minScore) {
            union(parent, p.index, q.index);
          }
        });
    // A profile with two or more agencies links within itself.
    Map<Integer, List<Profile>> components = new LinkedHashMap<>();
    for (Profile p : index.profiles) {
      components.computeIfAbsent(find(parent, p.index), k -> new ArrayList<>()).add(p);
    }

    // Pass 2: totals and strongest pairs per component (indexed by the component's root).
    double[] scoreSums = new double[n];
    long[] pairCounts = new long[n];
    List<PriorityQueue<ScoredPair>> strongest = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strongest.add(null);
    }
    Comparator<ScoredPair> weakestFirst =
        Comparator.comparingDouble(ScoredPair::score)
            .thenComparing(ScoredPair::serviceIdA, Comparator.reverseOrder())
            .thenComparing(ScoredPair::serviceIdB, Comparator.reverseOrder());
    for (Profile p : index.profiles) {
      long inner = crossAgencyPairs(p, p) / 2;
      if (inner > 0) {
        int root = find(parent, p.index);
        scoreSums[root] += inner;
        pairCounts[root] += inner;
        String[] ends = differentAgencies(index, p, p);
        offer(
            queue(strongest, root, weakestFirst),
            pair(ends[0], ends[1], new double[] {1, 1, 1, 1, 1}),
            weakestFirst);
      }
    }
    index.forEachPair(
        (p, q) -> {
          if (!links(p, q)) {
            return;
          }
          double score = index.score(p, q);
          if (score < minScore) {
            return;
          }
          int root = find(parent, p.index);
          long count = crossAgencyPairs(p, q);
          scoreSums[root] += count * score;
          pairCounts[root] += count;
          PriorityQueue<ScoredPair> queue = queue(strongest, root, weakestFirst);
          if (queue.size() < MAX_PAIRS_SHOWN || score > queue.peek().score()) {
            String[] ends = differentAgencies(index, p, q);
            offer(queue, pair(ends[0], ends[1], index.parts(p, q)), weakestFirst);
          }
        });

    List<DuplicateGroup> groups = new ArrayList<>();
    for (var entry : components.entrySet()) {
      int root = entry.getKey();
      if (pairCounts[root] == 0) {
        continue;
      }
      List<DuplicateCandidate> members = new ArrayList<>();
      for (Profile p : entry.getValue()) {
        p.members.forEach(i -> members.add(candidates.get(i)));
      }
      if (members.size() < minGroupSize) {
        continue;
      }
      members.sort(
          Comparator.comparing(DuplicateCandidate::serviceName)
              .thenComparing(DuplicateCandidate::serviceId));
      List<ScoredPair> pairs = new ArrayList<>(strongest.get(root));
      pairs.sort(weakestFirst.reversed());
      groups.add(
          explained(
              members, scoreSums[root] / pairCounts[root], pairCounts[root], pairs, needs, areas));
    }
    groups.sort(
        Comparator.comparingInt((DuplicateGroup g) -> g.services().size())
            .reversed()
            .thenComparing(Comparator.comparingDouble(DuplicateGroup::meanScore).reversed())
            .thenComparing(g -> g.services().getFirst().serviceName()));
    List<DuplicateGroup> ranked = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      DuplicateGroup g = groups.get(i);
      ranked.add(
          new DuplicateGroup(
              i + 1,
              g.services(),
              g.meanScore(),
              g.linkingPairs(),
              g.pairs(),
              g.sharedNeed(),
              g.sharedNeeds(),
              g.sharedAreas(),
              g.people(),
              g.differences()));
    }
    return ranked;
  }

  // ---------------------------------------------------------------------------------------------
  // Explanation
  // ---------------------------------------------------------------------------------------------

  static DuplicateGroup explained(
      List<DuplicateCandidate> members,
      double meanScore,
      long linkingPairs,
      List<ScoredPair> pairs,
      Map<String, Need> needs,
      Map<String, Area> areas) {
    Map<String, Integer> needCounts = counts(members.stream().map(DuplicateCandidate::needIds));
    int mostNeeds = needCounts.values().stream().max(Integer::compare).orElse(0);
    List<Need> sharedNeeds =
        needCounts.entrySet().stream()
            .filter(e -> e.getValue() == mostNeeds)
            .map(e -> needs.get(e.getKey()))
            .filter(java.util.Objects::nonNull)
            .sorted(
                Comparator.comparing(Need::topLevel)
                    .thenComparing(Need::name)
                    .thenComparing(Need::id))
            .toList();
    Map<String, Integer> areaCounts = counts(members.stream().map(DuplicateCandidate::areaCodes));
    int mostAreas = areaCounts.values().stream().max(Integer::compare).orElse(0);
    List<Area> sharedAreas =
        areaCounts.entrySet().stream()
            .filter(e -> e.getValue() == mostAreas)
            .map(e -> areas.get(e.getKey()))
            .filter(java.util.Objects::nonNull)
            .sorted(Comparator.comparing(Area::name))
            .toList();
    return new DuplicateGroup(
        0,
        List.copyOf(members),
        meanScore,
        linkingPairs,
        List.copyOf(pairs),
        sharedNeeds.isEmpty() ? null : sharedNeeds.getFirst(),
        sharedNeeds,
        sharedAreas,
        people(members),
        differences(members));
  }

  private static Map<String, Integer> counts(java.util.stream.Stream<List<String>> lists) {
    Map<String, Integer> counts = new HashMap<>();
    lists.forEach(
        list -> new LinkedHashSet<>(list).forEach(id -> counts.merge(id, 1, Integer::sum)));
    return counts;
  }

  /** Who every member admits: "anyone", "men", "women; remand or short-term; aged 18–25". */
  static String people(List<DuplicateCandidate> members) {
    Map<String, Set<String>> admitted = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (DuplicateCandidate c : members) {
      Map<String, Set<String>> own = new LinkedHashMap<>();
      for (Restriction r : c.onlyFor()) {
        own.computeIfAbsent(r.group(), g -> new TreeSet<>()).add(r.id());
        names.put(r.id(), r.name().toLowerCase(Locale.UK));
      }
      own.forEach(
          (group, ids) ->
              admitted.merge(
                  group,
                  ids,
                  (before, now) -> {
                    Set<String> both = new TreeSet<>(before);
                    both.retainAll(now);
                    return both;
                  }));
    }
    List<String> parts = new ArrayList<>();
    for (String group : List.of("gender", "age", "sentence", "flag")) {
      Set<String> ids = admitted.remove(group);
      if (ids != null) {
        parts.add(
            ids.isEmpty()
                ? "no one in common by " + group
                : ids.stream().map(names::get).collect(Collectors.joining(" or ")));
      }
    }
    admitted.forEach(
        (group, ids) ->
            parts.add(ids.stream().map(names::get).collect(Collectors.joining(" or "))));
    Integer min =
        members.stream()
            .map(DuplicateCandidate::minimumAge)
            .filter(java.util.Objects::nonNull)
            .max(Integer::compare)
            .orElse(null);
    Integer max =
        members.stream()
            .map(DuplicateCandidate::maximumAge)
            .filter(java.util.Objects::nonNull)
            .min(Integer::compare)
            .orElse(null);
    if (min != null || max != null) {
      parts.add(
          min == null
              ? "aged up to " + max
              : max == null ? "aged " + min + " and over" : "aged " + min + "–" + max);
    }
    return parts.isEmpty() ? "anyone" : String.join("; ", parts);
  }

  /** The aspects in which the members differ, each with every member's value. */
  static List<Difference> differences(List<DuplicateCandidate> members) {
    Map<String, java.util.function.Function<DuplicateCandidate, String>> aspects =
        new LinkedHashMap<>();
    aspects.put("waiting time", c -> c.waitingTime() == null ? "not given" : c.waitingTime());
    aspects.put(
        "gender",
        c -> {
          String only =
              c.onlyFor().stream()
                  .filter(r -> r.group().equals("gender"))
                  .map(r -> r.name().toLowerCase(Locale.UK))
                  .collect(Collectors.joining(" or "));
          return only.isEmpty() ? "anyone" : only + " only";
        });
    aspects.put("capacity", c -> c.capacity() == null ? "not given" : c.capacity());
    aspects.put(
        "prison in-reach", c -> c.inReach().isEmpty() ? "none" : String.join(", ", c.inReach()));
    aspects.put("self-referral", c -> c.selfReferral() ? "yes" : "no");
    List<Difference> differences = new ArrayList<>();
    aspects.forEach(
        (aspect, value) -> {
          List<Value> values =
              members.stream()
                  .map(c -> new Value(c.serviceId(), c.serviceName(), value.apply(c)))
                  .toList();
          if (values.stream().map(Value::value).distinct().count() > 1) {
            differences.add(new Difference(aspect, values));
          }
        });
    return differences;
  }

  // ---------------------------------------------------------------------------------------------
  // Profiles, blocks and pairs
  // ---------------------------------------------------------------------------------------------

  private static ScoredPair pair(String a, String b, double[] parts) {
    boolean ordered = a.compareTo(b) <= 0;
    return new ScoredPair(
        ordered ? a : b, ordered ? b : a, parts[0], parts[1], parts[2], parts[3], parts[4]);
  }

  private static PriorityQueue<ScoredPair> queue(
      List<PriorityQueue<ScoredPair>> queues, int root, Comparator<ScoredPair> order) {
    PriorityQueue<ScoredPair> queue = queues.get(root);
    if (queue == null) {
      queue = new PriorityQueue<>(order);
      queues.set(root, queue);
    }
    return queue;
  }

  private static void offer(
      PriorityQueue<ScoredPair> queue, ScoredPair pair, Comparator<ScoredPair> weakestFirst) {
    if (queue.size() < MAX_PAIRS_SHOWN) {
      queue.add(pair);
    } else if (weakestFirst.compare(pair, queue.peek()) > 0) {
      queue.poll();
      queue.add(pair);
    }
  }

  /** Two profiles link unless each is one agency's only, and the same agency's. */
  private static boolean links(Profile p, Profile q) {
    return p.onlyAgency < 0 || q.onlyAgency < 0 || p.onlyAgency != q.onlyAgency;
  }

  /** Pairs of one service of each profile with different agencies (each pair twice if p == q). */
  private static long crossAgencyPairs(Profile p, Profile q) {
    long all = (long) p.members.size() * q.members.size();
    if (p != q && p.onlyAgency >= 0 && q.onlyAgency >= 0) {
      return p.onlyAgency == q.onlyAgency ? 0 : all;
    }
    long same = 0;
    for (var e : p.agencies.entrySet()) {
      Integer other = q.agencies.get(e.getKey());
      if (other != null) {
        same += (long) e.getValue() * other;
      }
    }
    return all - same;
  }

  /** A service of each profile, of different agencies (the first such, in candidate order). */
  private static String[] differentAgencies(Index index, Profile p, Profile q) {
    for (int i : p.members) {
      for (int j : q.members) {
        DuplicateCandidate a = index.candidates.get(i);
        DuplicateCandidate b = index.candidates.get(j);
        if (!a.agencyId().equals(b.agencyId())) {
          return new String[] {a.serviceId(), b.serviceId()};
        }
      }
    }
    throw new IllegalStateException("no two agencies");
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  @FunctionalInterface
  private interface PairAction {
    void accept(Profile p, Profile q);
  }

  /** Services alike in everything the score reads, and the members of that likeness. */
  private static final class Profile {
    final int index;
    final long[] needs;
    final long[] areas;
    final int needCount;
    final int areaCount;
    final long restrictions;
    final long[] prisons;
    final int prisonCount;
    final int minimumAge;
    final int maximumAge;
    final int description;
    final List<Integer> members = new ArrayList<>();
    final Map<String, Integer> agencies = new LinkedHashMap<>();

    /** The index of the agency of every member, or -1 when there are several. */
    int onlyAgency = -1;

    Profile(
        int index,
        long[] needs,
        long[] areas,
        long restrictions,
        long[] prisons,
        int minimumAge,
        int maximumAge,
        int description) {
      this.index = index;
      this.needs = needs;
      this.areas = areas;
      this.needCount = cardinality(needs);
      this.areaCount = cardinality(areas);
      this.restrictions = restrictions;
      this.prisons = prisons;
      this.prisonCount = cardinality(prisons);
      this.minimumAge = minimumAge;
      this.maximumAge = maximumAge;
      this.description = description;
    }
  }

  /** The candidates as profiles, with the ids behind the bit sets and the blocks. */
  private static final class Index {
    final List<DuplicateCandidate> candidates;
    final List<Profile> profiles = new ArrayList<>();
    final Map<String, Integer> needIndex = new HashMap<>();
    final Map<String, Integer> areaIndex = new HashMap<>();
    final Map<String, Integer> circumstanceIndex = new HashMap<>();
    final Map<String, Integer> prisonIndex = new HashMap<>();
    final Map<String, Integer> agencyIndex = new HashMap<>();
    final Map<String, Long> groupMasks = new LinkedHashMap<>();
    final List<int[]> descriptionWords = new ArrayList<>();
    final Map<Long, Double> descriptionSimilarity = new HashMap<>();
    float[] denseSimilarity;

    Index(List<DuplicateCandidate> candidates) {
      this.candidates = candidates;
      Map<String, Integer> descriptions = new HashMap<>();
      Map<String, Integer> words = new HashMap<>();
      Map<String, Profile> byKey = new HashMap<>();
      for (DuplicateCandidate c : candidates) {
        c.needIds().forEach(id -> needIndex.putIfAbsent(id, needIndex.size()));
        c.areaCodes().forEach(code -> areaIndex.putIfAbsent(code, areaIndex.size()));
        c.inReach().forEach(prison -> prisonIndex.putIfAbsent(prison, prisonIndex.size()));
        for (Restriction r : c.onlyFor()) {
          circumstanceIndex.putIfAbsent(r.id(), circumstanceIndex.size());
        }
      }
      if (circumstanceIndex.size() > 64) {
        throw new IllegalStateException("More than 64 circumstances are not supported");
      }
      for (DuplicateCandidate c : candidates) {
        for (Restriction r : c.onlyFor()) {
          groupMasks.merge(r.group(), 1L << circumstanceIndex.get(r.id()), (x, y) -> x | y);
        }
      }
      for (int i = 0; i < candidates.size(); i++) {
        DuplicateCandidate c = candidates.get(i);
        int description =
            descriptions.computeIfAbsent(
                c.description(),
                text -> {
                  descriptionWords.add(
                      words(text).stream()
                          .mapToInt(w -> words.computeIfAbsent(w, k -> words.size()))
                          .sorted()
                          .toArray());
                  return descriptionWords.size() - 1;
                });
        long[] needs = bits(c.needIds(), needIndex);
        long[] areas = bits(c.areaCodes(), areaIndex);
        long[] prisons = bits(c.inReach(), prisonIndex);
        long restrictions = 0;
        for (Restriction r : c.onlyFor()) {
          restrictions |= 1L << circumstanceIndex.get(r.id());
        }
        int min = c.minimumAge() == null ? Integer.MIN_VALUE : c.minimumAge();
        int max = c.maximumAge() == null ? Integer.MAX_VALUE : c.maximumAge();
        String key =
            description
                + "|"
                + Arrays.toString(needs)
                + "|"
                + Arrays.toString(areas)
                + "|"
                + Arrays.toString(prisons)
                + "|"
                + restrictions
                + "|"
                + min
                + "|"
                + max;
        long finalRestrictions = restrictions;
        Profile profile =
            byKey.computeIfAbsent(
                key,
                k -> {
                  Profile p =
                      new Profile(
                          profiles.size(),
                          needs,
                          areas,
                          finalRestrictions,
                          prisons,
                          min,
                          max,
                          description);
                  profiles.add(p);
                  return p;
                });
        profile.members.add(i);
        profile.agencies.merge(c.agencyId(), 1, Integer::sum);
        profile.onlyAgency =
            profile.agencies.size() == 1
                ? agencyIndex.computeIfAbsent(c.agencyId(), k -> agencyIndex.size())
                : -1;
      }
    }

    /** Every pair of profiles sharing a need and an area, once. */
    void forEachPair(PairAction action) {
      int areaCount = areaIndex.size();
      Map<Integer, List<Profile>> blocks = new HashMap<>();
      for (Profile p : profiles) {
        for (int n = nextSetBit(p.needs, 0); n >= 0; n = nextSetBit(p.needs, n + 1)) {
          for (int a = nextSetBit(p.areas, 0); a >= 0; a = nextSetBit(p.areas, a + 1)) {
            blocks.computeIfAbsent(n * areaCount + a, k -> new ArrayList<>()).add(p);
          }
        }
      }
      for (var block : blocks.entrySet()) {
        int need = block.getKey() / areaCount;
        int area = block.getKey() % areaCount;
        List<Profile> members = block.getValue();
        for (int i = 0; i < members.size(); i++) {
          Profile p = members.get(i);
          for (int j = i + 1; j < members.size(); j++) {
            Profile q = members.get(j);
            if (firstCommon(p.needs, q.needs) != need || firstCommon(p.areas, q.areas) != area) {
              continue;
            }
            action.accept(p, q);
          }
        }
      }
    }

    /** The score, or -1 when the two are not comparable (as {@link #parts}, without garbage). */
    double score(Profile p, Profile q) {
      int sharedNeeds = commonCount(p.needs, q.needs);
      int sharedAreas = commonCount(p.areas, q.areas);
      if (sharedNeeds == 0 || sharedAreas == 0) {
        return -1;
      }
      double needs = sharedNeeds / Math.sqrt((double) p.needCount * q.needCount);
      if (needs < MIN_NEEDS) {
        return -1;
      }
      double eligibility = eligibility(p, q);
      if (eligibility == 0) {
        return -1;
      }
      double catchment = sharedAreas / Math.sqrt((double) p.areaCount * q.areaCount);
      return NEEDS_WEIGHT * needs
          + CATCHMENT_WEIGHT * catchment
          + ELIGIBILITY_WEIGHT * eligibility
          + DESCRIPTION_WEIGHT * description(p.description, q.description);
    }

    /** {score, needs, catchment, eligibility, description}, or null when not comparable. */
    double[] parts(Profile p, Profile q) {
      int sharedNeeds = commonCount(p.needs, q.needs);
      int sharedAreas = commonCount(p.areas, q.areas);
      if (sharedNeeds == 0 || sharedAreas == 0) {
        return null;
      }
      double needs = sharedNeeds / Math.sqrt((double) p.needCount * q.needCount);
      if (needs < MIN_NEEDS) {
        return null;
      }
      double eligibility = eligibility(p, q);
      if (eligibility == 0) {
        return null;
      }
      double catchment = sharedAreas / Math.sqrt((double) p.areaCount * q.areaCount);
      double description = description(p.description, q.description);
      double score =
          NEEDS_WEIGHT * needs
              + CATCHMENT_WEIGHT * catchment
              + ELIGIBILITY_WEIGHT * eligibility
              + DESCRIPTION_WEIGHT * description;
      return new double[] {score, needs, catchment, eligibility, description};
    }

    /** 1 nested, 0.5 overlapping, 0 incompatible. */
    private double eligibility(Profile p, Profile q) {
      // Working inside different prisons (and none in common) is working with different people.
      if (p.prisonCount > 0 && q.prisonCount > 0 && commonCount(p.prisons, q.prisons) == 0) {
        return 0;
      }
      if (Math.max(p.minimumAge, q.minimumAge) > Math.min(p.maximumAge, q.maximumAge)) {
        return 0;
      }
      boolean pWithinQ = p.minimumAge >= q.minimumAge && p.maximumAge <= q.maximumAge;
      boolean qWithinP = q.minimumAge >= p.minimumAge && q.maximumAge <= p.maximumAge;
      for (long group : groupMasks.values()) {
        long a = p.restrictions & group;
        long b = q.restrictions & group;
        if (a != 0 && b != 0 && (a & b) == 0) {
          return 0;
        }
        // Within a group, fewer listed circumstances (or some where there were none) is narrower.
        pWithinQ &= b == 0 || (a != 0 && (a & b) == a);
        qWithinP &= a == 0 || (b != 0 && (a & b) == b);
      }
      return pWithinQ || qWithinP ? 1 : OVERLAPPING_ELIGIBILITY;
    }

    private double description(int a, int b) {
      if (a == b) {
        return descriptionWords.get(a).length == 0 ? 0 : 1;
      }
      int size = descriptionWords.size();
      boolean dense = size <= DENSE_DESCRIPTIONS;
      if (dense) {
        if (denseSimilarity == null) {
          denseSimilarity = new float[size * size];
          Arrays.fill(denseSimilarity, Float.NaN);
        }
        float known = denseSimilarity[a * size + b];
        if (!Float.isNaN(known)) {
          return known;
        }
      }
      long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
      if (!dense) {
        Double known = descriptionSimilarity.get(key);
        if (known != null) {
          return known;
        }
      }
      int[] x = descriptionWords.get(a);
      int[] y = descriptionWords.get(b);
      int i = 0;
      int j = 0;
      int common = 0;
      while (i < x.length && j < y.length) {
        if (x[i] == y[j]) {
          common++;
          i++;
          j++;
        } else if (x[i] < y[j]) {
          i++;
        } else {
          j++;
        }
      }
      int union = x.length + y.length - common;
      // Rounded through float either way, so that the cache does not change the score.
      float similarity = union == 0 ? 0 : (float) common / union;
      if (dense) {
        denseSimilarity[a * size + b] = similarity;
        denseSimilarity[b * size + a] = similarity;
      } else {
        descriptionSimilarity.put(key, (double) similarity);
      }
      return similarity;
    }
  }

  private static long[] bits(List<String> ids, Map<String, Integer> index) {
    long[] bits = new long[(index.size() + 63) / 64];
    for (String id : ids) {
      int i = index.get(id);
      bits[i >> 6] |= 1L << (i & 63);
    }
    return bits;
  }

  private static int cardinality(long[] bits) {
    int count = 0;
    for (long word : bits) {
      count += Long.bitCount(word);
    }
    return count;
  }

  private static int commonCount(long[] a, long[] b) {
    int count = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      count += Long.bitCount(a[i] & b[i]);
    }
    return count;
  }

  private static int firstCommon(long[] a, long[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      long both = a[i] & b[i];
      if (both != 0) {
        return i * 64 + Long.numberOfTrailingZeros(both);
      }
    }
    return -1;
  }

  private static int nextSetBit(long[] bits, int from) {
    int word = from >> 6;
    if (word >= bits.length) {
      return -1;
    }
    long rest = bits[word] & (-1L << (from & 63));
    while (true) {
      if (rest != 0) {
        return word * 64 + Long.numberOfTrailingZeros(rest);
      }
      if (++word == bits.length) {
        return -1;
      }
      rest = bits[word];
    }
  }
}
