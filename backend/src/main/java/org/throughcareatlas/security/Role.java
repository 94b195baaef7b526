package org.throughcareatlas.security;

/** What a signed-in person may do. A Spring authority is {@code ROLE_} + the name. */
public enum Role {
  /** Search, plans, report a problem. */
  OFFICER("Officer"),
  /** Edit the agencies they are a member of, with their services and relationships. */
  EDITOR("Editor"),
  /** The commissioning views. */
  COMMISSIONER("Commissioner"),
  /** Everything, including users. */
  ADMIN("Administrator");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
