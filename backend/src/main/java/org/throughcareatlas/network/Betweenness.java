package org.throughcareatlas.network;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Betweenness centrality over an undirected, unweighted network of {@code n} vertices numbered
 * {@code 0..n-1}, normalised to 0–1 in the usual way for undirected graphs (the shortest paths
 * through a vertex divided by the {@code (n-1)(n-2)/2} pairs of other vertices, so that the centre
 * of a star scores 1). JGraphT divides by {@code (n-1)(n-2)} whatever the graph's type, so its
 * normalised scores are doubled here.
 *
 * <p>Small networks are scored exactly with JGraphT's {@link BetweennessCentrality} (Brandes,
 * O(V·E)). JGraphT 1.5.2 has no sampled variant, and exact Brandes on 10,000 vertices and 100,000
 * edges is 10^9 steps; above {@link #EXACT_UP_TO} vertices the scores are therefore estimated with
 * Brandes' algorithm run from {@link #SAMPLE_SOURCES} source vertices drawn at random with a fixed
 * seed, each source's dependencies scaled by {@code n / k} (Brandes and Pich 2007). The same
 * network always gives the same scores.
 */
final class Betweenness {

  /** Networks up to this many vertices are scored exactly. */
  static final int EXACT_UP_TO = 2_000;

  /** Source vertices sampled for larger networks. */
  static final int SAMPLE_SOURCES = 100;

  /** Seed of the sample, fixed so that answers are repeatable. */
  static final long SEED = 20261123L;

  /**
   * Scores by vertex, how they were computed, and each vertex's degree (distinct neighbours).
   *
   * @param sources how many source vertices the shortest paths were counted from
   */
  record Scores(double[] scores, int[] degrees, boolean exact, int sources) {}

  private Betweenness() {}

  /**
   * Scores the network whose undirected edges are {@code (from[i], to[i])}; loops and repeated
   * pairs are ignored.
   */
  static Scores of(int n, int[] from, int[] to) {
    Adjacency adjacency = Adjacency.of(n, from, to);
    int[] degrees = new int[n];
    for (int v = 0; v < n; v++) {
      degrees[v] = adjacency.offsets[v + 1] - adjacency.offsets[v];
    }
    if (n <= EXACT_UP_TO) {
      return new Scores(exact(n, adjacency), degrees, true, n);
    }
    return new Scores(sampled(n, adjacency, SAMPLE_SOURCES, SEED), degrees, false, SAMPLE_SOURCES);
  }

  /** Exact scores with JGraphT. */
  static double[] exact(int n, int[] from, int[] to) {
    return exact(n, Adjacency.of(n, from, to));
  }

  private static double[] exact(int n, Adjacency adjacency) {
    Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    for (int v = 0; v < n; v++) {
      graph.addVertex(v);
    }
    for (int v = 0; v < n; v++) {
      for (int i = adjacency.offsets[v]; i < adjacency.offsets[v + 1]; i++) {
        if (v < adjacency.targets[i]) {
          graph.addEdge(v, adjacency.targets[i]);
        }
      }
    }
    var scores = new BetweennessCentrality<>(graph, true).getScores();
    double[] result = new double[n];
    scores.forEach((v, score) -> result[v] = 2 * score);
    return result;
  }

  /**
   * Brandes' algorithm from {@code k} sources drawn without replacement (all vertices when {@code k
   * >= n}), scaled to estimate the scores over all sources.
   */
  static double[] sampled(int n, int[] from, int[] to, int k, long seed) {
    return sampled(n, Adjacency.of(n, from, to), k, seed);
  }

  private static double[] sampled(int n, Adjacency adjacency, int k, long seed) {
    int[] sources = sample(n, k, seed);
    double[] total = new double[n];
    int[] order = new int[n];
    int[] distance = new int[n];
    long[] paths = new long[n];
    double[] dependency = new double[n];
    for (int s : sources) {
      accumulate(adjacency, s, total, order, distance, paths, dependency);
    }
    double scale = (double) n / sources.length;
    // Undirected: each pair is counted from both ends (Brandes 2001, section 4), then divided by
    // the (n-1)(n-2)/2 pairs of other vertices.
    double pairs = n > 2 ? (double) (n - 1) * (n - 2) / 2 : 1;
    for (int v = 0; v < n; v++) {
      total[v] = total[v] * scale / 2 / pairs;
    }
    return total;
  }

  /** One single-source step of Brandes' algorithm: breadth first, then dependencies backwards. */
  private static void accumulate(
      Adjacency g,
      int s,
      double[] total,
      int[] order,
      int[] distance,
      long[] paths,
      double[] dependency) {
    Arrays.fill(distance, -1);
    Arrays.fill(paths, 0);
    Arrays.fill(dependency, 0);
    distance[s] = 0;
    paths[s] = 1;
    int head = 0;
    int tail = 0;
    order[tail++] = s;
    while (head < tail) {
      int v = order[head++];
      for (int i = g.offsets[v]; i < g.offsets[v + 1]; i++) {
        int w = g.targets[i];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order[tail++] = w;
        }
        if (distance[w] == distance[v] + 1) {
          paths[w] += paths[v];
        }
      }
    }
    for (int j = tail - 1; j > 0; j--) {
      int w = order[j];
      for (int i = g.offsets[w]; i < g.offsets[w + 1]; i++) {
        int v = g.targets[i];
        if (distance[v] == distance[w] - 1) {
          dependency[v] += (double) paths[v] / paths[w] * (1 + dependency[w]);
        }
      }
      total[w] += dependency[w];
    }
  }

  private static int[] sample(int n, int k, long seed) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    if (k >= n) {
      return all;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int swap = all[i];
      all[i] = all[j];
      all[j] = swap;
    }
    return Arrays.copyOf(all, k);
  }

  /** Compressed adjacency lists (both directions), without loops or repeated pairs. */
  private record Adjacency(int[] offsets, int[] targets) {

    static Adjacency of(int n, int[] from, int[] to) {
      long[] pairs = new long[from.length * 2];
      int count = 0;
      for (int i = 0; i < from.length; i++) {
        if (from[i] != to[i]) {
          pairs[count++] = ((long) from[i] << 32) | to[i];
          pairs[count++] = ((long) to[i] << 32) | from[i];
        }
      }
      long[] sorted = Arrays.copyOf(pairs, count);
      Arrays.sort(sorted);
      int[] offsets = new int[n + 1];
      int[] targets = new int[count];
      int m = 0;
      long previous = -1;
      for (long pair : sorted) {
        if (pair == previous) {
          continue;
        }
        previous = pair;
        int v = (int) (pair >>> 32);
        targets[m++] = (int) pair;
        offsets[v + 1]++;
      }
      for (int v = 0; v < n; v++) {
        offsets[v + 1] += offsets[v];
      }
      return new Adjacency(offsets, Arrays.copyOf(targets, m));
    }
  }
}
