package org.throughcareatlas.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.security.Role;

/**
 * Which services need confirming: not confirmed as accurate for {@code
 * atlas.freshness.stale-after-months} months (default 12), or never. An editor sees those of their
 * agencies, an administrator all.
 */
@Service
@Transactional(readOnly = true)
public class Freshness {

  /** A service waiting to be confirmed. */
  public record Unconfirmed(
      String serviceId,
      String serviceName,
      String agencyId,
      String agencyName,
      LocalDate lastVerified) {}

  private final Neo4jClient neo4j;
  private final Access access;
  private final Clock clock;
  private final int months;

  Freshness(
      Neo4jClient neo4j,
      Access access,
      Clock clock,
      @Value("${atlas.freshness.stale-after-months:12}") int months) {
    this.neo4j = neo4j;
    this.access = access;
    this.clock = clock;
    this.months = Math.max(1, months);
  }

  /** After how many months unconfirmed a service needs confirming. */
  public int staleAfterMonths() {
    return months;
  }

  /** The services to confirm, longest unconfirmed first (never confirmed first of all). */
  @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
  public List<Unconfirmed> needsConfirming(int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("before", LocalDate.now(clock).minusMonths(months));
    p.put("all", access.has(Role.ADMIN));
    p.put("me", access.username().orElse(""));
    p.put("limit", Math.clamp(limit, 1, 1000));
    return List.copyOf(
        neo4j
            .query(
                """
                MATCH (a:Agency)-[:PROVIDES]->(s:Service)
                WHERE (s.lastVerified IS NULL OR s.lastVerified < $before)
                  AND coalesce(s.status, 'active') <> 'defunct'
                  AND ($all OR EXISTS { (:User {username: $me})-[:MEMBER_OF]->(a) })
                RETURN s.id AS serviceId, s.name AS serviceName, a.id AS agencyId,
                       a.name AS agencyName, s.lastVerified AS lastVerified
                ORDER BY s.lastVerified IS NOT NULL, s.lastVerified, s.name
                LIMIT $limit
                """)
            .bindAll(p)
            .fetchAs(Unconfirmed.class)
            .mappedBy(
                (t, r) ->
                    new Unconfirmed(
                        r.get("serviceId").asString(),
                        r.get("serviceName").asString(),
                        r.get("agencyId").asString(),
                        r.get("agencyName").asString(),
                        r.get("lastVerified").isNull()
                            ? null
                            : r.get("lastVerified").asLocalDate()))
            .all());
  }
}
