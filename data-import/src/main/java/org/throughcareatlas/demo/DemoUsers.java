package org.throughcareatlas.demo;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.throughcareatlas.graph.AtlasProperties;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.security.Users;

/**
 * The demo users, created at start-up when the demo is enabled and they do not exist yet (the
 * README lists them with their passwords). The two editors are members of Sacro, so that two people
 * can edit the same services at once. Never enabled in the {@code production} profile unless
 * ATLAS_DEMO_ENABLED=true.
 */
@Component
class DemoUsers implements InitializingBean {

  /** Sacro, the demo agency the demo editors edit. */
  static final String EDITED_AGENCY = DemoDirectory.id("agency", "sacro");

  /** Username, name, password, role; editors are members of {@link #EDITED_AGENCY}. */
  static final List<List<String>> USERS =
      List.of(
          List.of("officer", "Olivia Officer (demo)", "officer-demo", "OFFICER"),
          List.of("editor", "Ed Editor of Sacro (demo)", "editor-demo", "EDITOR"),
          List.of("editor2", "Erin Second Editor of Sacro (demo)", "editor2-demo", "EDITOR"),
          List.of("commissioner", "Cat Commissioner (demo)", "commissioner-demo", "COMMISSIONER"),
          List.of("admin", "Ada Administrator (demo)", "admin-demo", "ADMIN"));

  private final Users users;
  private final AtlasProperties properties;

  DemoUsers(DemoDataLoader directoryFirst, Users users, AtlasProperties properties) {
    this.users = users;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    if (!properties.demo().enabled()) {
      return;
    }
    for (List<String> u : USERS) {
      Role role = Role.valueOf(u.get(3));
      users.createIfMissing(
          u.get(0),
          u.get(1),
          u.get(2),
          Set.of(role),
          role == Role.EDITOR ? List.of(EDITED_AGENCY) : List.of());
    }
  }
}
