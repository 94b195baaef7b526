package org.throughcareatlas.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.WorkingRelationship;
import org.throughcareatlas.network.NetworkFilter;
import org.throughcareatlas.network.NetworkQueries;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.testing.TestGraph;
import org.throughcareatlas.testing.TestUsers;

/** Recording relationships: what is accepted, and every refusal changing nothing. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
@ActiveProfiles("test")
class RelationshipEditingTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired TestGraph graph;
  @Autowired RelationshipEditing editing;
  @Autowired DirectoryQueries directory;
  @Autowired TestUsers users;
  @Autowired NetworkQueries network;

  @BeforeEach
  void twoAgenciesAPrisonAndAService() {
    graph.clear();
    graph
        .area("S12000042", "Dundee City", 56.46, -2.97)
        .prison("hmp-perth", "HMP Perth", "S12000042")
        .agency("cjsw", "Dundee City Justice Social Work", "STATUTORY")
        .agency("sacro", "Sacro", "THIRD_SECTOR")
        .agency("fund", "Justice Fund", "FUNDER")
        .service("mentoring", "Sacro mentoring", "sacro")
        .create();
  }

  @Test
  void aRelationshipIsRecordedAndSeenFromBothEnds() {
    String id =
        editing.add(input("REFERS_TO", "cjsw", "sacro", TODAY.minusYears(3), TODAY.minusMonths(1)));
    WorkingRelationship out = relationships("cjsw").getFirst();
    assertThat(out.id()).isEqualTo(id);
    assertThat(out.direction()).isEqualTo(WorkingRelationship.Direction.OUTGOING);
    assertThat(out.formal()).isTrue();
    assertThat(out.since()).isEqualTo(TODAY.minusYears(3));
    assertThat(relationships("sacro").getFirst().direction())
        .isEqualTo(WorkingRelationship.Direction.INCOMING);
    editing.add(input("WORKS_IN", "cjsw", "hmp-perth", null, null));
    editing.add(input("FUNDS", "fund", "mentoring", null, null));
    assertThat(relationships("cjsw")).hasSize(2);
  }

  @Test
  void eachRefusalNamesTheFieldAndChangesNothing() {
    editing.add(input("PARTNERS_WITH", "cjsw", "sacro", null, null));
    long before = graph.count("MATCH ()-[r]->() RETURN count(r)");
    refused("type", e -> editing.add(input("LIKES", "cjsw", "sacro", null, null)));
    refused("from", e -> editing.add(input("REFERS_TO", "nobody", "sacro", null, null)));
    refused("to", e -> editing.add(input("REFERS_TO", "cjsw", "nobody", null, null)));
    refused("to", e -> editing.add(input("WORKS_IN", "cjsw", "sacro", null, null)));
    refused("to", e -> editing.add(input("REFERS_TO", "cjsw", "cjsw", null, null)));
    refused("to", e -> editing.add(input("PARTNERS_WITH", "cjsw", "sacro", null, null)));
    refused(
        "since", e -> editing.add(input("REFERS_TO", "cjsw", "sacro", TODAY.plusDays(1), null)));
    refused(
        "lastConfirmed",
        e ->
            editing.add(
                input("REFERS_TO", "cjsw", "sacro", TODAY.minusYears(1), TODAY.minusYears(2))));
    refused(
        "system",
        e ->
            editing.add(
                new RelationshipInput(
                    "REFERS_TO", "cjsw", "sacro", null, false, null, null, "PR2 access")));
    refused(
        "notes",
        e ->
            editing.add(
                new RelationshipInput(
                    "REFERS_TO", "cjsw", "sacro", null, false, null, "x".repeat(2_001), null)));
    assertThat(graph.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(before);
  }

  @Test
  void aRelationshipChangesItsDatesAndNotesButNotItsEnds() {
    String id = editing.add(input("REFERS_TO", "cjsw", "sacro", TODAY.minusYears(2), null));
    editing.change(
        id,
        new RelationshipInput(
            "REFERS_TO", "cjsw", "sacro", TODAY.minusYears(2), false, TODAY, "weekly", null));
    WorkingRelationship changed = relationships("cjsw").getFirst();
    assertThat(changed.lastConfirmed()).isEqualTo(TODAY);
    assertThat(changed.notes()).isEqualTo("weekly");
    assertThat(changed.formal()).isFalse();
    refused("type", e -> editing.change(id, input("PARTNERS_WITH", "cjsw", "sacro", null, null)));
    refused("id", e -> editing.change("nope", input("REFERS_TO", "cjsw", "sacro", null, null)));
  }

  @Test
  void anEndedRelationshipKeepsItsHistoryAndMayBeRecordedAgain() {
    String id = editing.add(input("REFERS_TO", "cjsw", "sacro", TODAY.minusYears(2), null));
    refused("ended", e -> editing.end(id, TODAY.minusYears(3)));
    refused("ended", e -> editing.end(id, TODAY.plusDays(1)));
    editing.end(id, TODAY.minusDays(1));
    assertThat(relationships("cjsw").getFirst().ended()).isEqualTo(TODAY.minusDays(1));
    assertThat(relationships("cjsw").getFirst().active()).isFalse();
    refused("ended", e -> editing.end(id, TODAY));
    editing.add(input("REFERS_TO", "cjsw", "sacro", TODAY, null));
    assertThat(relationships("cjsw")).hasSize(2);
  }

  @Test
  void anEndedRelationshipLeavesTheNetworkAndItsRoutes() {
    String id = editing.add(input("REFERS_TO", "cjsw", "sacro", TODAY.minusYears(2), null));
    assertThat(network.network(NetworkFilter.NONE).edges()).extracting(e -> e.id()).contains(id);
    assertThat(network.referralPaths("cjsw", "sacro").paths()).hasSize(1);
    editing.end(id, TODAY);
    assertThat(network.network(NetworkFilter.NONE).edges())
        .extracting(e -> e.id())
        .doesNotContain(id);
    assertThat(network.referralPaths("cjsw", "sacro").paths()).isEmpty();
    assertThat(network.health(TODAY, 10).isolatedAgencies().agencies())
        .extracting(a -> a.id())
        .contains("cjsw", "sacro");
  }

  @Test
  @WithMockUser(username = "sacro-editor", roles = "EDITOR")
  void anEditorMayRecordOnlyForTheirOwnAgency() {
    users.user("sacro-editor", Role.EDITOR, "sacro");
    assertThatThrownBy(() -> editing.add(input("REFERS_TO", "cjsw", "sacro", null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(graph.count("MATCH ()-[r:REFERS_TO]->() RETURN count(r)")).isZero();
    String id = editing.add(input("REFERS_TO", "sacro", "cjsw", null, null));
    assertThat(
            graph.count(
                "MATCH (c:Change {entityId: '" + id + "', by: 'sacro-editor'}) RETURN count(c)"))
        .isEqualTo(1);
  }

  @Test
  @WithAnonymousUser
  void nobodySignedInMayRecordARelationship() {
    assertThatThrownBy(() -> editing.add(input("REFERS_TO", "cjsw", "sacro", null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(graph.count("MATCH ()-[r:REFERS_TO]->() RETURN count(r)")).isZero();
  }

  private List<WorkingRelationship> relationships(String agencyId) {
    return directory.relationshipsOfAgencies(List.of(agencyId)).get(agencyId);
  }

  private static RelationshipInput input(
      String type, String from, String to, LocalDate since, LocalDate lastConfirmed) {
    return new RelationshipInput(type, from, to, since, true, lastConfirmed, null, null);
  }

  private static void refused(String field, Consumer<Void> attempt) {
    assertThatThrownBy(() -> attempt.accept(null))
        .isInstanceOf(RelationshipInputException.class)
        .extracting(e -> ((RelationshipInputException) e).field())
        .isEqualTo(field);
  }
}
