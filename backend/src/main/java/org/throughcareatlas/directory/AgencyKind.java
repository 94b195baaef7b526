package org.throughcareatlas.directory;

/** The kinds of agency, with the words the UI shows. */
public enum AgencyKind {
  STATUTORY("Statutory"),
  PRISON_SERVICE("Prison service"),
  THIRD_SECTOR("Third sector"),
  PEER_LED("Peer-led"),
  FAITH_BASED("Faith-based"),
  HEALTH("Health"),
  FUNDER("Funder");

  private final String label;

  AgencyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label for a stored kind name; the name itself when it is not one of ours. */
  public static String labelOf(String name) {
    for (AgencyKind kind : values()) {
      if (kind.name().equals(name)) {
        return kind.label;
      }
    }
    return name;
  }
}
