package org.throughcareatlas.security;

import java.util.List;
import java.util.Set;

/**
 * A person who can sign in: roles, and for editors the agencies they edit (ids and names, in the
 * same order).
 */
public record AtlasUser(
    String username,
    String displayName,
    Set<Role> roles,
    List<String> agencyIds,
    List<String> agencyNames) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
