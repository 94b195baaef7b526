package org.throughcareatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what an officer types into plain words and a full-text query over them. Only letters and
 * digits survive, lower-cased, so quotes, Lucene operators and Cypher are just words (or nothing);
 * the query is passed to Neo4j as a parameter. Each word matches as a prefix ("hous" finds housing)
 * or with a typo or two ("hosing"); words may come in any order, and more matching words rank
 * higher.
 */
public final class FreeText {

  /** Words beyond this many are ignored. */
  static final int MAX_WORDS = 16;

  /** Longer words are cut to this length. */
  static final int MAX_WORD_LENGTH = 40;

  private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private FreeText() {}

  /** The plain words of {@code text}; empty for blank or word-less text. */
  public static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String word : NOT_A_WORD_CHARACTER.split(text.toLowerCase(Locale.ROOT))) {
      if (word.isEmpty() || words.contains(word)) {
        continue;
      }
      words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
      if (words.size() == MAX_WORDS) {
        break;
      }
    }
    return words;
  }

  /**
   * A Lucene query matching any of the words: each as a prefix, and from four letters on also
   * fuzzily (one edit up to six letters, two beyond).
   */
  public static String luceneQuery(List<String> words) {
    List<String> clauses = new ArrayList<>();
    for (String word : words) {
      StringBuilder clause = new StringBuilder("(").append(word).append('*');
      if (word.length() >= 4) {
        clause.append(" OR ").append(word).append(word.length() <= 6 ? "~1" : "~2");
      }
      clauses.add(clause.append(')').toString());
    }
    return String.join(" OR ", clauses);
  }
}
