package org.throughcareatlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Betweenness: exact (JGraphT) and sampled (our Brandes) agree on scale and, from every source, on
 * value.
 */
class BetweennessTest {

  @Test
  void theCentreOfAStarLiesOnEveryPathBetweenItsLeaves() {
    // Centre 0 and five leaves: C(5,2) = 10 pairs of leaves, each pair's only path through 0.
    int[] from = {0, 0, 0, 0, 0};
    int[] to = {1, 2, 3, 4, 5};
    double[] scores = Betweenness.exact(6, from, to);
    // Normalised by the (n-1)(n-2)/2 = 10 pairs of other vertices: the centre of a star scores 1.
    assertThat(scores[0]).isCloseTo(1.0, within(1e-12));
    assertThat(scores[1]).isZero();
  }

  @Test
  void brandesFromEverySourceEqualsJGraphTExactly() {
    Random random = new Random(7);
    int n = 60;
    int m = 150;
    int[] from = new int[m];
    int[] to = new int[m];
    for (int i = 0; i < m; i++) {
      from[i] = random.nextInt(n);
      to[i] = random.nextInt(n);
    }
    double[] exact = Betweenness.exact(n, from, to);
    double[] brandes = Betweenness.sampled(n, from, to, n, 1);
    for (int v = 0; v < n; v++) {
      assertThat(brandes[v]).as("vertex %d", v).isCloseTo(exact[v], within(1e-9));
    }
  }

  @Test
  void aSampleOfSourcesFindsTheSameTopHubsInAScaleFreeNetwork() {
    Random random = new Random(11);
    int n = 1_500;
    int m = 6_000;
    int[] from = new int[m];
    int[] to = new int[m];
    for (int i = 0; i < m; i++) {
      // Endpoints skewed towards low numbers: a few hubs, many agencies with one or two links.
      from[i] = (int) (n * Math.pow(random.nextDouble(), 3));
      to[i] = random.nextInt(n);
    }
    double[] exact = Betweenness.exact(n, from, to);
    double[] sampled = Betweenness.sampled(n, from, to, 100, Betweenness.SEED);
    assertThat(top(sampled, 2)).containsExactly(top(exact, 2));
    assertThat(top(sampled, 5)).contains(top(exact, 3));
    assertThat(sampled[top(exact, 1)[0]])
        .isCloseTo(exact[top(exact, 1)[0]], within(exact[top(exact, 1)[0]] * 0.25));
  }

  private static Integer[] top(double[] scores, int k) {
    return java.util.stream.IntStream.range(0, scores.length)
        .boxed()
        .sorted((a, b) -> Double.compare(scores[b], scores[a]))
        .limit(k)
        .toArray(Integer[]::new);
  }
}
