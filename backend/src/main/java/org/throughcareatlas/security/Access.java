package org.throughcareatlas.security;

import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in and what they may change, for method security
 * ({@code @PreAuthorize("@access.canEditAgency(#agencyId)")}) and for views deciding which buttons
 * to show. An administrator may edit everything; an editor the agencies they are a member of, with
 * those agencies' services, locations, contacts and relationships. Membership is read from the
 * graph on each check, so a change an administrator makes applies at once.
 */
@Component("access")
public class Access {

  private final Users users;
  private final Neo4jClient neo4j;

  Access(Users users, Neo4jClient neo4j) {
    this.users = users;
    this.neo4j = neo4j;
  }

  /** The signed-in person's username, empty when nobody is signed in. */
  public Optional<String> username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(auth.getName());
  }

  /** The name to record as who made a change: the username, or "anonymous". */
  public String who() {
    return username().orElse("anonymous");
  }

  public boolean signedIn() {
    return username().isPresent();
  }

  public boolean has(Role role) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return signedIn()
        && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
  }

  /** Whether the signed-in person may change agency {@code agencyId} and what belongs to it. */
  public boolean canEditAgency(String agencyId) {
    if (has(Role.ADMIN)) {
      return true;
    }
    return has(Role.EDITOR) && users.isMember(username().orElseThrow(), agencyId);
  }

  /** Whether the signed-in person may change service {@code serviceId} (its agency's editors). */
  public boolean canEditService(String serviceId) {
    if (has(Role.ADMIN)) {
      return true;
    }
    return has(Role.EDITOR) && canEditAgency(owner("Service", "PROVIDES", serviceId));
  }

  /** Whether the signed-in person may change location {@code locationId}. */
  public boolean canEditLocation(String locationId) {
    if (has(Role.ADMIN)) {
      return true;
    }
    return has(Role.EDITOR)
        && editsAny(
            """
        MATCH (:Location {id: $id})<-[:DELIVERED_AT]-(:Service)<-[:PROVIDES]-(a:Agency)
        RETURN a.id AS agency
        """,
            locationId);
  }

  /** Whether the signed-in person may change contact {@code contactId}. */
  public boolean canEditContact(String contactId) {
    if (has(Role.ADMIN)) {
      return true;
    }
    return has(Role.EDITOR)
        && editsAny(
            """
        MATCH (c:Contact {id: $id})
        OPTIONAL MATCH (c)<-[:HAS_CONTACT]-(direct:Agency)
        OPTIONAL MATCH (c)<-[:HAS_CONTACT]-(:Service)<-[:PROVIDES]-(via:Agency)
        WITH [x IN collect(direct.id) + collect(via.id) WHERE x IS NOT NULL] AS ids
        UNWIND ids AS agency
        RETURN DISTINCT agency
        """,
            contactId);
  }

  /** Whether the signed-in person may change working relationship {@code relationshipId}. */
  public boolean canEditRelationship(String relationshipId) {
    if (has(Role.ADMIN)) {
      return true;
    }
    return has(Role.EDITOR)
        && editsAny("MATCH (a:Agency)-[r {id: $id}]->() RETURN a.id AS agency", relationshipId);
  }

  private boolean editsAny(String cypher, String id) {
    String me = username().orElseThrow();
    return neo4j
        .query(cypher)
        .bind(id == null ? "" : id)
        .to("id")
        .fetchAs(String.class)
        .mappedBy((t, r) -> r.get("agency").asString())
        .all()
        .stream()
        .anyMatch(agency -> users.isMember(me, agency));
  }

  private String owner(String label, String rel, String id) {
    return neo4j
        .query("MATCH (a:Agency)-[:" + rel + "]->(n:" + label + " {id: $id}) RETURN a.id AS agency")
        .bind(id == null ? "" : id)
        .to("id")
        .fetchAs(String.class)
        .mappedBy((t, r) -> r.get("agency").asString())
        .first()
        .orElse(null);
  }
}
