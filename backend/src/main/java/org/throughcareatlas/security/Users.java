package org.throughcareatlas.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who can sign in, stored in the graph as {@code (:User {username, passwordHash, roles,
 * displayName})} with {@code (:User)-[:MEMBER_OF]->(:Agency)} for the agencies an editor edits.
 * Passwords are stored only as bcrypt hashes. Managing users is an administrator's work.
 */
@Service
@Transactional
public class Users {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
  static final int MIN_PASSWORD = 8;

  private final Neo4jClient neo4j;
  private final PasswordEncoder passwords;

  Users(Neo4jClient neo4j, PasswordEncoder passwords) {
    this.neo4j = neo4j;
    this.passwords = passwords;
  }

  /** A user with the hash of their password, for signing in. */
  record Stored(AtlasUser user, String passwordHash) {}

  Optional<Stored> stored(String username) {
    return neo4j
        .query(
            """
            MATCH (u:User {username: $username})
            OPTIONAL MATCH (u)-[:MEMBER_OF]->(a:Agency)
            WITH u, a ORDER BY a.name
            RETURN u.username AS username, u.displayName AS displayName, u.roles AS roles,
                   u.passwordHash AS passwordHash,
                   collect(a.id) AS agencyIds, collect(a.name) AS agencyNames
            """)
        .bind(username == null ? "" : username)
        .to("username")
        .fetchAs(Stored.class)
        .mappedBy((t, r) -> new Stored(user(r), r.get("passwordHash").asString(null)))
        .one();
  }

  /** The user {@code username}, if there is one. */
  @Transactional(readOnly = true)
  public Optional<AtlasUser> find(String username) {
    return stored(username).map(Stored::user);
  }

  /** Every user, by username. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<AtlasUser> list() {
    return new ArrayList<>(
        neo4j
            .query(
                """
                MATCH (u:User)
                OPTIONAL MATCH (u)-[:MEMBER_OF]->(a:Agency)
                WITH u, a ORDER BY a.name
                WITH u, collect(a.id) AS agencyIds, collect(a.name) AS agencyNames
                RETURN u.username AS username, u.displayName AS displayName, u.roles AS roles,
                       agencyIds, agencyNames
                ORDER BY username
                """)
            .fetchAs(AtlasUser.class)
            .mappedBy((t, r) -> user(r))
            .all());
  }

  /**
   * Creates user {@code username}, or changes their name, roles and agencies. A new user needs a
   * password; for an existing one a blank password leaves it as it is.
   */
  @PreAuthorize("hasRole('ADMIN')")
  public void save(
      String username,
      String displayName,
      String password,
      Collection<Role> roles,
      Collection<String> agencyIds) {
    String name = username == null ? "" : username.strip().toLowerCase();
    if (!USERNAME.matcher(name).matches()) {
      throw new UserInputException(
          "username",
          "A username is 2–64 lower-case letters, digits and . _ @ -, starting with a letter or"
              + " digit.");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw new UserInputException(
          "displayName", "Give the person's name (at most 200 characters).");
    }
    if (roles == null || roles.isEmpty()) {
      throw new UserInputException("roles", "Choose at least one role.");
    }
    boolean exists = find(name).isPresent();
    boolean newPassword = password != null && !password.isEmpty();
    if (!exists && !newPassword) {
      throw new UserInputException("password", "A new user needs a password.");
    }
    if (newPassword) {
      checkPassword(password);
    }
    List<String> agencies = agencyIds == null ? List.of() : List.copyOf(agencyIds);
    long known =
        neo4j
            .query("MATCH (a:Agency) WHERE a.id IN $ids RETURN count(a) AS n")
            .bind(agencies)
            .to("ids")
            .fetchAs(Long.class)
            .mappedBy((t, r) -> r.get("n").asLong())
            .one()
            .orElse(0L);
    if (known != agencies.stream().distinct().count()) {
      throw new UserInputException("agencies", "Choose agencies from the directory.");
    }
    write(
        name,
        displayName.strip(),
        newPassword ? passwords.encode(password) : null,
        roles,
        agencies);
  }

  /** Sets a new password for {@code username}. */
  @PreAuthorize("hasRole('ADMIN')")
  public void resetPassword(String username, String password) {
    checkPassword(password);
    if (find(username).isEmpty()) {
      throw new UserInputException("username", "There is no user '" + username + "'.");
    }
    neo4j
        .query("MATCH (u:User {username: $username}) SET u.passwordHash = $hash")
        .bindAll(Map.of("username", username, "hash", passwords.encode(password)))
        .run();
  }

  /**
   * Creates a user unless one of that name exists (demo users at start-up, and users signing in
   * through an identity provider for the first time). Not for the UI: it checks no role.
   */
  public void createIfMissing(
      String username,
      String displayName,
      String rawPassword,
      Collection<Role> roles,
      Collection<String> agencyIds) {
    if (find(username).isPresent()) {
      return;
    }
    write(
        username,
        displayName,
        rawPassword == null ? null : passwords.encode(rawPassword),
        roles,
        agencyIds == null ? List.of() : List.copyOf(agencyIds));
  }

  /** Whether {@code username} is a member of (may edit) agency {@code agencyId}. */
  @Transactional(readOnly = true)
  public boolean isMember(String username, String agencyId) {
    if (username == null || agencyId == null) {
      return false;
    }
    return neo4j
        .query(
            """
            RETURN EXISTS { MATCH (:User {username: $username})-[:MEMBER_OF]->(:Agency {id: $agency}) }
                   AS member
            """)
        .bindAll(Map.of("username", username, "agency", agencyId))
        .fetchAs(Boolean.class)
        .mappedBy((t, r) -> r.get("member").asBoolean())
        .one()
        .orElse(false);
  }

  private void write(
      String username,
      String displayName,
      String passwordHash,
      Collection<Role> roles,
      List<String> agencyIds) {
    Map<String, Object> p = new HashMap<>();
    p.put("username", username);
    p.put("displayName", displayName);
    p.put("hash", passwordHash);
    p.put("roles", roles.stream().map(Role::name).sorted().toList());
    p.put("agencies", agencyIds);
    neo4j
        .query(
            """
            MERGE (u:User {username: $username})
            SET u.displayName = $displayName, u.roles = $roles,
                u.passwordHash = coalesce($hash, u.passwordHash)
            WITH u
            OPTIONAL MATCH (u)-[m:MEMBER_OF]->()
            DELETE m
            WITH DISTINCT u
            UNWIND $agencies AS agencyId
            MATCH (a:Agency {id: agencyId})
            MERGE (u)-[:MEMBER_OF]->(a)
            """)
        .bindAll(p)
        .run();
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
      throw new UserInputException(
          "password", "A password is at least " + MIN_PASSWORD + " characters.");
    }
  }

  private static AtlasUser user(Record r) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (!r.get("roles").isNull()) {
      for (Object role : r.get("roles").asList()) {
        try {
          roles.add(Role.valueOf(String.valueOf(role)));
        } catch (IllegalArgumentException unknown) {
          // a role this version does not know gives nothing
        }
      }
    }
    return new AtlasUser(
        r.get("username").asString(),
        r.get("displayName").asString(r.get("username").asString()),
        roles,
        r.get("agencyIds").asList(v -> v.asString()),
        r.get("agencyNames").asList(v -> v.asString()));
  }
}
