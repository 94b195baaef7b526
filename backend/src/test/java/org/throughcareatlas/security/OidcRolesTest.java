package org.throughcareatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles read from an identity provider's claim. */
class OidcRolesTest {

  @Test
  void rolesComeFromAListOrAStringWithPrefixesAndCaseIgnored() {
    assertThat(OidcRoles.roles(List.of("atlas-editor", "ROLE_ADMIN", "unrelated"), "OFFICER"))
        .containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
    assertThat(OidcRoles.roles("commissioner officer", "OFFICER"))
        .containsExactlyInAnyOrder(Role.COMMISSIONER, Role.OFFICER);
    assertThat(OidcRoles.roles("Editor,Commissioner", ""))
        .containsExactlyInAnyOrder(Role.EDITOR, Role.COMMISSIONER);
  }

  @Test
  void aTokenNamingNoRoleGetsTheDefaultRoleOrNone() {
    assertThat(OidcRoles.roles(null, "OFFICER")).containsExactly(Role.OFFICER);
    assertThat(OidcRoles.roles(List.of("staff"), "officer")).containsExactly(Role.OFFICER);
    assertThat(OidcRoles.roles(null, "")).isEmpty();
  }
}
