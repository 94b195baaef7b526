package org.throughcareatlas.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.security.Users;

/**
 * Users for tests, stored like real ones (bcrypt hash in the graph). Each user's password is {@link
 * #password(String)}; {@link #basic(String)} is the HTTP Basic header to sign in as them.
 */
@Component
public class TestUsers {

  private final Users users;

  public TestUsers(Users users) {
    this.users = users;
  }

  /** Creates {@code username} with {@code role}, member of {@code agencyIds}, unless it exists. */
  public TestUsers user(String username, Role role, String... agencyIds) {
    users.createIfMissing(
        username, "Test " + username, password(username), Set.of(role), List.of(agencyIds));
    return this;
  }

  public static String password(String username) {
    return "secret-" + username;
  }

  public static String basic(String username) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password(username)).getBytes(StandardCharsets.UTF_8));
  }
}
