package org.throughcareatlas.testing;

import java.time.LocalDate;
import java.util.Map;
import org.throughcareatlas.security.Role;

/**
 * A small directory with two agencies — "own" (its editor is {@code editor-own}) and "other"
 * ({@code editor-other}) — a service of each, a location, contacts, relationships, an open problem
 * report, and one user of each role: {@code officer}, {@code commissioner}, {@code admin}.
 */
public final class TrustTestGraph {

  public static final String DUNDEE = "S12000042";
  public static final String ANGUS = "S12000041";

  private TrustTestGraph() {}

  public static void build(TestGraph graph, TestUsers users) {
    graph.clear();
    graph
        .area(DUNDEE, "Dundee City", 56.462, -2.9707)
        .area(ANGUS, "Angus", 56.644, -2.889)
        .prison("hmp-perth", "HMP Perth", DUNDEE)
        .need("housing", "Housing", null)
        .need("housing.emergency", "Emergency accommodation", "housing")
        .need("employment", "Employment", null)
        .circumstance("women", "Women", "gender")
        .agency("a-own", "Own Agency", "THIRD_SECTOR")
        .agency("a-other", "Other Agency", "STATUTORY")
        .agency("a-third", "Third Agency", "PEER_LED")
        .service("s-own", "Own night shelter", "a-own")
        .meets("housing.emergency")
        .covers(DUNDEE)
        .locatedAt("l-own", DUNDEE, 56.46, -2.97)
        .lastVerified(LocalDate.now().minusYears(2))
        .create()
        .service("s-other", "Other job club", "a-other")
        .meets("employment")
        .covers(DUNDEE, ANGUS)
        .lastVerified(LocalDate.now().minusMonths(1))
        .create()
        .contact("c-own", "Own referrals desk", "a-own", "s-own", null)
        .contact("c-other", "Other desk", "a-other", null, null)
        .relationship("r-own", "REFERS_TO", "a-own", "a-other")
        .relationship("r-own2", "PARTNERS_WITH", "a-own", "a-third")
        .relationship("r-other", "REFERS_TO", "a-other", "a-own");
    graph.run(
        """
        MATCH (s:Service {id: 's-own'})
        CREATE (:ProblemReport {id: 'p-own', kind: 'WRONG_CONTACT', note: 'Number rings out',
                 reportedBy: 'officer', reportedAt: datetime(), status: 'OPEN'})-[:ABOUT]->(s)
        """,
        Map.of());
    users
        .user("officer", Role.OFFICER)
        .user("editor-own", Role.EDITOR, "a-own")
        .user("editor-other", Role.EDITOR, "a-other")
        .user("commissioner", Role.COMMISSIONER)
        .user("admin", Role.ADMIN);
  }
}
