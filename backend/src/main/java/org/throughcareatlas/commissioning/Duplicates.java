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
import org.throughcareatlas.graph.InParts;
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
    Index index = new Index();
    index.add(a);
    index.add(b);
    index.finish();
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
    Grouping grouping = new Grouping();
    given.forEach(grouping::add);
    return grouping.groups(minScore, minGroupSize, needs, areas);
  }

  /**
   * Candidates taken one by one as they are read (so that the profiles are built while the query
   * still runs), then grouped as {@link #groups(List, double, int, Map, Map)} does: the same
   * groups, pairs and ties whatever order the candidates come in.
   */
  public static final class Grouping {
    private final Index index = new Index();

    public void add(DuplicateCandidate candidate) {
      index.add(candidate);
    }

    /** The groups of the candidates added (once). */
    public List<DuplicateGroup> groups(
        double minScore, int minGroupSize, Map<String, Need> needs, Map<String, Area> areas) {
      return Duplicates.groups(index.finish(), minScore, minGroupSize, needs, areas);
    }
  }

  private static List<DuplicateGroup> groups(
      Index index,
      double minScore,
      int minGroupSize,
      Map<String, Need> needs,
      Map<String, Area> areas) {
    List<DuplicateCandidate> candidates = index.candidates;
    int n = index.profiles.size();
    Comparator<ScoredPair> weakestFirst =
        Comparator.comparingDouble(ScoredPair::score)
            .thenComparing(ScoredPair::serviceIdA, Comparator.reverseOrder())
            .thenComparing(ScoredPair::serviceIdB, Comparator.reverseOrder());

    // The pairs are visited once, the blocks shared out between the processors: each part links
    // the profiles of its pairs into components of its own, then the parts are joined.
    int parts = InParts.count();
    List<List<int[]>> shares = index.blockShares(parts);
    Linking[] linkings = new Linking[parts];
    InParts.run(
        parts,
        part -> {
          Linking linking = new Linking(n, weakestFirst);
          index.forEachPair(
              shares.get(part),
              (p, q) -> {
                if (links(p, q)) {
                  double score = index.score(p, q);
                  if (score >= minScore) {
                    linking.link(index, p, q, score);
                  }
                }
              });
          linkings[part] = linking;
        },
        "scoring duplicates");
    Linking linking = linkings[0];
    for (int part = 1; part < parts; part++) {
      linking.absorb(linkings[part]);
    }
    // A profile with two or more agencies links within itself.
    for (Profile p : index.profiles) {
      long inner = crossAgencyPairs(p, p) / 2;
      if (inner > 0) {
        String[] ends = differentAgencies(index, p, p);
        linking.add(
            linking.find(p.index),
            inner,
            inner,
            pair(ends[0], ends[1], new double[] {1, 1, 1, 1, 1}));
      }
    }
    int[] parent = linking.parent;
    double[] scoreSums = linking.scoreSums;
    long[] pairCounts = linking.pairCounts;
    List<PriorityQueue<ScoredPair>> strongest = linking.strongest;
    Map<Integer, List<Profile>> components = new LinkedHashMap<>();
    for (Profile p : index.profiles) {
      components.computeIfAbsent(find(parent, p.index), k -> new ArrayList<>()).add(p);
    }

    List<DuplicateGroup> groups = new ArrayList<>();
    for (var entry : components.entrySet()) {
      int root = entry.getKey();
      if (pairCounts[root] == 0) {
        continue;
      }
      int size = 0;
      for (Profile p : entry.getValue()) {
        size += p.members.size();
      }
      if (size < minGroupSize) {
        continue;
      }
      DuplicateCandidate[] sorted = new DuplicateCandidate[size];
      int at = 0;
      for (Profile p : entry.getValue()) {
        for (int i : p.members) {
          sorted[at++] = candidates.get(i);
        }
      }
      // By name, then id; on all cores when the group is large (clones share names, so most
      // comparisons go on to the ids).
      Arrays.parallelSort(
          sorted,
          (a, b) -> {
            int byName = a.serviceName().compareTo(b.serviceName());
            return byName != 0 ? byName : a.serviceId().compareTo(b.serviceId());
          });
      List<DuplicateCandidate> members = Arrays.asList(sorted);
      List<ScoredPair> pairs = new ArrayList<>(strongest.get(root));
      pairs.sort(weakestFirst.reversed());
      groups.add(
          explained(
              members,
              scoreSums[root] / pairCounts[root],
              pairCounts[root],
              pairs,
              index.memberCounts(entry.getValue(), p -> p.needs, index.needIds),
              index.memberCounts(entry.getValue(), p -> p.areas, index.areaCodes),
              needs,
              areas));
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

  /**
   * Components of profiles being linked: a union-find, with at each root the total score and count
   * of the linking pairs of services in it and its strongest pairs. When two components join, the
   * absorbed root's totals and pairs move to the other.
   */
  private static final class Linking {
    final int[] parent;
    final double[] scoreSums;
    final long[] pairCounts;
    final List<PriorityQueue<ScoredPair>> strongest;
    final Comparator<ScoredPair> weakestFirst;

    Linking(int n, Comparator<ScoredPair> weakestFirst) {
      parent = new int[n];
      Arrays.setAll(parent, i -> i);
      scoreSums = new double[n];
      pairCounts = new long[n];
      strongest = new ArrayList<>(java.util.Collections.nCopies(n, null));
      this.weakestFirst = weakestFirst;
    }

    int find(int i) {
      return Duplicates.find(parent, i);
    }

    /** A linking pair of profiles and its score. */
    void link(Index index, Profile p, Profile q, double score) {
      int root = join(p.index, q.index);
      long count = crossAgencyPairs(p, q);
      scoreSums[root] += count * score;
      pairCounts[root] += count;
      PriorityQueue<ScoredPair> queue = queue(strongest, root, weakestFirst);
      // Only a stronger pair can enter a full list (ties keep the pairs met first).
      if (queue.size() < MAX_PAIRS_SHOWN || score > queue.peek().score()) {
        String[] ends = differentAgencies(index, p, q);
        offer(queue, pair(ends[0], ends[1], index.parts(p, q)), weakestFirst);
      }
    }

    /** Joins the components of a and b; their root (the smaller). */
    int join(int a, int b) {
      int root = find(a);
      int other = find(b);
      if (root == other) {
        return root;
      }
      int absorbed = Math.max(root, other);
      root = Math.min(root, other);
      parent[absorbed] = root;
      scoreSums[root] += scoreSums[absorbed];
      pairCounts[root] += pairCounts[absorbed];
      PriorityQueue<ScoredPair> moved = strongest.get(absorbed);
      if (moved != null) {
        PriorityQueue<ScoredPair> into = queue(strongest, root, weakestFirst);
        moved.forEach(pair -> offer(into, pair, weakestFirst));
        strongest.set(absorbed, null);
      }
      return root;
    }

    /** Adds totals and a pair (or null) to a root. */
    void add(int root, double scoreSum, long pairCount, ScoredPair pair) {
      scoreSums[root] += scoreSum;
      pairCounts[root] += pairCount;
      if (pair != null) {
        offer(queue(strongest, root, weakestFirst), pair, weakestFirst);
      }
    }

    /** Takes in another part's links, totals and pairs. */
    void absorb(Linking other) {
      for (int i = 0; i < parent.length; i++) {
        int root = other.find(i);
        if (root != i) {
          join(root, i);
        }
      }
      for (int i = 0; i < parent.length; i++) {
        if (other.parent[i] == i && (other.pairCounts[i] > 0 || other.strongest.get(i) != null)) {
          int root = find(i);
          add(root, other.scoreSums[i], other.pairCounts[i], null);
          PriorityQueue<ScoredPair> pairs = other.strongest.get(i);
          if (pairs != null) {
            PriorityQueue<ScoredPair> into = queue(strongest, root, weakestFirst);
            pairs.forEach(pair -> offer(into, pair, weakestFirst));
          }
        }
      }
    }
  }

  /**
   * A group explained.
   *
   * @param needCounts for each need met directly by a member, how many members meet it
   * @param areaCounts for each area covered by a member, how many members cover it
   */
  static DuplicateGroup explained(
      List<DuplicateCandidate> members,
      double meanScore,
      long linkingPairs,
      List<ScoredPair> pairs,
      Map<String, Integer> needCounts,
      Map<String, Integer> areaCounts,
      Map<String, Need> needs,
      Map<String, Area> areas) {
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

  /** Who every member admits: "anyone", "men", "women; remand or short-term; aged 18–25". */
  static String people(List<DuplicateCandidate> members) {
    Map<String, Set<String>> admitted = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    // Members alike in restrictions admit alike: each distinct list once (most have none).
    Set<List<Restriction>> distinct = new LinkedHashSet<>();
    members.forEach(c -> distinct.add(c.onlyFor()));
    for (List<Restriction> onlyFor : distinct) {
      Map<String, Set<String>> own = new LinkedHashMap<>();
      for (Restriction r : onlyFor) {
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
          StringBuilder only = new StringBuilder();
          for (Restriction r : c.onlyFor()) {
            if (r.group().equals("gender")) {
              only.append(only.isEmpty() ? "" : " or ").append(r.name().toLowerCase(Locale.UK));
            }
          }
          return only.isEmpty() ? "anyone" : only + " only";
        });
    aspects.put("capacity", c -> c.capacity() == null ? "not given" : c.capacity());
    aspects.put(
        "prison in-reach", c -> c.inReach().isEmpty() ? "none" : String.join(", ", c.inReach()));
    aspects.put("self-referral", c -> c.selfReferral() ? "yes" : "no");
    List<Difference> differences = new ArrayList<>();
    aspects.forEach(
        (aspect, value) -> {
          List<Value> values = new ArrayList<>(members.size());
          boolean differ = false;
          for (DuplicateCandidate c : members) {
            Value v = new Value(c.serviceId(), c.serviceName(), value.apply(c));
            differ |= !values.isEmpty() && !v.value().equals(values.getFirst().value());
            values.add(v);
          }
          if (differ) {
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
    // Members of the same agency in both: merge the two sorted lists of agencies.
    long same = 0;
    int i = 0;
    int j = 0;
    while (i < p.agencyIds.length && j < q.agencyIds.length) {
      if (p.agencyIds[i] == q.agencyIds[j]) {
        same += (long) p.agencyCounts[i++] * q.agencyCounts[j++];
      } else if (p.agencyIds[i] < q.agencyIds[j]) {
        i++;
      } else {
        j++;
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

  @FunctionalInterface
  private interface PairAction {
    void accept(Profile p, Profile q);
  }

  /** Services alike in everything the score reads, and the members of that likeness. */
  private static final class Profile {
    int index;
    long[] needs;
    long[] areas;
    final int needCount;
    final int areaCount;
    final long restrictions;
    long[] prisons;
    final int prisonCount;
    final int minimumAge;
    final int maximumAge;
    final int description;
    final List<Integer> members = new ArrayList<>();

    /** The index of the agency of every member, or -1 when there are several. */
    int onlyAgency = -1;

    /** The indexes of the members' agencies, ascending, and how many members each has. */
    int[] agencyIds = new int[0];

    int[] agencyCounts = new int[0];

    void addAgency(int agency) {
      int at = Arrays.binarySearch(agencyIds, agency);
      if (at >= 0) {
        agencyCounts[at]++;
        return;
      }
      int insert = -at - 1;
      int[] ids = new int[agencyIds.length + 1];
      int[] counts = new int[ids.length];
      System.arraycopy(agencyIds, 0, ids, 0, insert);
      System.arraycopy(agencyCounts, 0, counts, 0, insert);
      ids[insert] = agency;
      counts[insert] = 1;
      System.arraycopy(agencyIds, insert, ids, insert + 1, agencyIds.length - insert);
      System.arraycopy(agencyCounts, insert, counts, insert + 1, agencyIds.length - insert);
      agencyIds = ids;
      agencyCounts = counts;
      onlyAgency = ids.length == 1 ? agency : -1;
    }

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

  /** What makes two services one profile: everything the score reads. */
  private record ProfileKey(
      int description,
      long[] needs,
      long[] areas,
      long[] prisons,
      long restrictions,
      int minimumAge,
      int maximumAge) {

    @Override
    public boolean equals(Object o) {
      return o instanceof ProfileKey k
          && description == k.description
          && restrictions == k.restrictions
          && minimumAge == k.minimumAge
          && maximumAge == k.maximumAge
          && Arrays.equals(needs, k.needs)
          && Arrays.equals(areas, k.areas)
          && Arrays.equals(prisons, k.prisons);
    }

    @Override
    public int hashCode() {
      int h = description;
      h = 31 * h + Arrays.hashCode(needs);
      h = 31 * h + Arrays.hashCode(areas);
      h = 31 * h + Arrays.hashCode(prisons);
      h = 31 * h + Long.hashCode(restrictions);
      h = 31 * h + minimumAge;
      return 31 * h + maximumAge;
    }
  }

  /**
   * The candidates as profiles, with the ids behind the bit sets and the blocks. Candidates are
   * {@linkplain #add added} as they are read, in any order; {@link #finish} then puts everything in
   * the order of the ids, so that the groups, pairs and ties are the same whatever the order.
   */
  private static final class Index {
    final List<DuplicateCandidate> candidates = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final Map<String, Integer> needIndex = new HashMap<>();
    final Map<String, Integer> areaIndex = new HashMap<>();
    final Map<String, Integer> circumstanceIndex = new HashMap<>();
    final Map<String, Integer> prisonIndex = new HashMap<>();
    final Map<String, Integer> agencyIndex = new HashMap<>();
    final Map<String, Long> groupMasks = new LinkedHashMap<>();
    private final Map<String, Integer> descriptions = new HashMap<>();
    private final Map<String, Integer> words = new HashMap<>();
    private final Map<ProfileKey, Profile> byKey = new HashMap<>();
    private boolean finished;

    /** {@link #groupMasks}' values, read for every pair. */
    long[] groups;

    /** Blocks of one need and one area, each profile in the blocks of its needs × areas. */
    private List<int[]> blocks;

    final List<int[]> descriptionWords = new ArrayList<>();

    /** Read and written by the parts scoring pairs at once. */
    final Map<Long, Double> descriptionSimilarity = new java.util.concurrent.ConcurrentHashMap<>();

    float[] denseSimilarity;

    /** One more candidate, into the profile of the services alike in what the score reads. */
    void add(DuplicateCandidate c) {
      if (finished) {
        throw new IllegalStateException("finished");
      }
      int i = candidates.size();
      candidates.add(c);
      long restrictions = 0;
      for (Restriction r : c.onlyFor()) {
        int bit = circumstanceIndex.computeIfAbsent(r.id(), k -> circumstanceIndex.size());
        if (bit >= 64) {
          throw new IllegalStateException("More than 64 circumstances are not supported");
        }
        restrictions |= 1L << bit;
        groupMasks.merge(r.group(), 1L << bit, (x, y) -> x | y);
      }
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
      int min = c.minimumAge() == null ? Integer.MIN_VALUE : c.minimumAge();
      int max = c.maximumAge() == null ? Integer.MAX_VALUE : c.maximumAge();
      ProfileKey key = new ProfileKey(description, needs, areas, prisons, restrictions, min, max);
      Profile profile = byKey.get(key);
      if (profile == null) {
        profile =
            new Profile(
                profiles.size(), needs, areas, restrictions, prisons, min, max, description);
        profiles.add(profile);
        byKey.put(key, profile);
      }
      profile.members.add(i);
      profile.addAgency(agencyIndex.computeIfAbsent(c.agencyId(), k -> agencyIndex.size()));
    }

    /**
     * After the last candidate: members by service id, profiles by their first member's, and the
     * bits of needs, areas and prisons in the order of their ids.
     */
    Index finish() {
      finished = true;
      byKey.clear();
      groups = groupMasks.values().stream().mapToLong(Long::longValue).toArray();
      for (Profile p : profiles) {
        if (p.members.size() > 1) {
          p.members.sort((a, b) -> serviceId(a).compareTo(serviceId(b)));
        }
      }
      profiles.sort(
          (p, q) -> serviceId(p.members.getFirst()).compareTo(serviceId(q.members.getFirst())));
      int[] needBits = inIdOrder(needIndex);
      int[] areaBits = inIdOrder(areaIndex);
      int[] prisonBits = inIdOrder(prisonIndex);
      for (int i = 0; i < profiles.size(); i++) {
        Profile p = profiles.get(i);
        p.index = i;
        p.needs = remapped(p.needs, needBits);
        p.areas = remapped(p.areas, areaBits);
        p.prisons = remapped(p.prisons, prisonBits);
      }
      needIds = byIndex(needIndex);
      areaCodes = byIndex(areaIndex);
      int size = descriptionWords.size();
      if (size <= DENSE_DESCRIPTIONS) {
        // Made before the parts score pairs at once; they write the same value to a cell.
        denseSimilarity = new float[size * size];
        Arrays.fill(denseSimilarity, Float.NaN);
      }
      return this;
    }

    private String serviceId(int candidate) {
      return candidates.get(candidate).serviceId();
    }

    /** The need ids and area codes behind the bit sets, by bit. */
    List<String> needIds;

    List<String> areaCodes;

    /** For each bit set in some profile's {@code bits}, how many members have it, by id. */
    Map<String, Integer> memberCounts(
        List<Profile> ofProfiles,
        java.util.function.Function<Profile, long[]> bits,
        List<String> ids) {
      int[] counts = new int[ids.size()];
      for (Profile p : ofProfiles) {
        long[] set = bits.apply(p);
        for (int b = nextSetBit(set, 0); b >= 0; b = nextSetBit(set, b + 1)) {
          counts[b] += p.members.size();
        }
      }
      Map<String, Integer> result = new HashMap<>();
      for (int b = 0; b < counts.length; b++) {
        if (counts[b] > 0) {
          result.put(ids.get(b), counts[b]);
        }
      }
      return result;
    }

    /** Blocks of one need and one area: its key, then the indexes of its profiles. */
    List<int[]> blocks() {
      if (blocks == null) {
        int areaCount = areaIndex.size();
        Map<Integer, List<Profile>> byBlock = new java.util.TreeMap<>();
        for (Profile p : profiles) {
          for (int n = nextSetBit(p.needs, 0); n >= 0; n = nextSetBit(p.needs, n + 1)) {
            for (int a = nextSetBit(p.areas, 0); a >= 0; a = nextSetBit(p.areas, a + 1)) {
              byBlock.computeIfAbsent(n * areaCount + a, k -> new ArrayList<>()).add(p);
            }
          }
        }
        blocks = new ArrayList<>(byBlock.size());
        byBlock.forEach(
            (key, members) -> {
              int[] block = new int[members.size() + 1];
              block[0] = key;
              for (int i = 0; i < members.size(); i++) {
                block[i + 1] = members.get(i).index;
              }
              blocks.add(block);
            });
      }
      return blocks;
    }

    /**
     * The blocks shared out into {@code parts} shares of about equal work (pairs in a block grow as
     * the square of its size): largest first, each to the share with least so far.
     */
    List<List<int[]>> blockShares(int parts) {
      List<int[]> bySize = new ArrayList<>(blocks());
      bySize.sort((a, b) -> a.length != b.length ? b.length - a.length : a[0] - b[0]);
      List<List<int[]>> shares = new ArrayList<>();
      long[] work = new long[parts];
      for (int i = 0; i < parts; i++) {
        shares.add(new ArrayList<>());
      }
      for (int[] block : bySize) {
        int least = 0;
        for (int i = 1; i < parts; i++) {
          if (work[i] < work[least]) {
            least = i;
          }
        }
        shares.get(least).add(block);
        work[least] += (long) block.length * block.length;
      }
      return shares;
    }

    /** The pairs of these blocks, each only in the block of the first need and area it shares. */
    void forEachPair(List<int[]> ofBlocks, PairAction action) {
      int areaCount = areaIndex.size();
      for (int[] block : ofBlocks) {
        int need = block[0] / areaCount;
        int area = block[0] % areaCount;
        for (int i = 1; i < block.length; i++) {
          Profile p = profiles.get(block[i]);
          for (int j = i + 1; j < block.length; j++) {
            Profile q = profiles.get(block[j]);
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
      for (long group : groups) {
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

  /**
   * Renumbers the ids of {@code index} in their own order (a need's bit, for instance, is then its
   * rank among the need ids); returns the new bit of each old one.
   */
  private static int[] inIdOrder(Map<String, Integer> index) {
    List<String> ids = new ArrayList<>(index.keySet());
    ids.sort(Comparator.naturalOrder());
    int[] moved = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      moved[index.put(ids.get(i), i)] = i;
    }
    return moved;
  }

  private static long[] remapped(long[] bits, int[] moved) {
    long[] result = new long[(moved.length + 63) / 64];
    for (int b = nextSetBit(bits, 0); b >= 0; b = nextSetBit(bits, b + 1)) {
      result[moved[b] >> 6] |= 1L << (moved[b] & 63);
    }
    return result;
  }

  private static List<String> byIndex(Map<String, Integer> index) {
    String[] ids = new String[index.size()];
    index.forEach((id, i) -> ids[i] = id);
    return List.of(ids);
  }

  /** The bits of the ids, numbering new ids as they come; as long as the highest bit needs. */
  private static long[] bits(List<String> ids, Map<String, Integer> index) {
    int highest = -1;
    int[] positions = new int[ids.size()];
    for (int k = 0; k < ids.size(); k++) {
      int i = index.computeIfAbsent(ids.get(k), id -> index.size());
      positions[k] = i;
      highest = Math.max(highest, i);
    }
    long[] bits = new long[(highest + 64) / 64];
    for (int i : positions) {
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
