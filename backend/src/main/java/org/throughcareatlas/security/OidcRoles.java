package org.throughcareatlas.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.stereotype.Component;

/**
 * Roles for people signing in through an OpenID Connect identity provider: read from the claim
 * {@code atlas.security.roles-claim} (a list or a space- or comma-separated string), else {@code
 * atlas.security.default-role}. The first sign-in also records the person as a user (without a
 * password), so that an administrator can make them a member of the agencies they edit.
 */
@Component
class OidcRoles implements GrantedAuthoritiesMapper {

  private final SecuritySettings settings;
  private final Users users;

  OidcRoles(SecuritySettings settings, Users users) {
    this.settings = settings;
    this.users = users;
  }

  @Override
  public Collection<? extends GrantedAuthority> mapAuthorities(
      Collection<? extends GrantedAuthority> authorities) {
    Set<GrantedAuthority> mapped = new HashSet<>();
    for (GrantedAuthority authority : authorities) {
      Map<String, Object> attributes =
          switch (authority) {
            case OidcUserAuthority oidc -> oidc.getAttributes();
            case OAuth2UserAuthority oauth -> oauth.getAttributes();
            default -> null;
          };
      if (attributes == null) {
        continue;
      }
      Set<Role> roles = roles(attributes.get(settings.rolesClaim()), settings.defaultRole());
      roles.forEach(r -> mapped.add(new SimpleGrantedAuthority(r.authority())));
      Object name = attributes.getOrDefault("preferred_username", attributes.get("sub"));
      if (name != null) {
        Object display = attributes.getOrDefault("name", name);
        users.createIfMissing(
            String.valueOf(name).toLowerCase(Locale.ROOT),
            String.valueOf(display),
            null,
            roles,
            List.of());
      }
    }
    return mapped;
  }

  static Set<Role> roles(Object claim, String defaultRole) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<?> values =
        switch (claim) {
          case null -> List.of();
          case Collection<?> list -> List.copyOf(list);
          default -> List.of(String.valueOf(claim).split("[\\s,]+"));
        };
    for (Object value : values) {
      String name =
          String.valueOf(value)
              .toUpperCase(Locale.ROOT)
              .replaceFirst("^ROLE_", "")
              .replaceFirst("^ATLAS[-_]", "");
      for (Role role : Role.values()) {
        if (role.name().equals(name)) {
          roles.add(role);
        }
      }
    }
    if (roles.isEmpty() && defaultRole != null && !defaultRole.isBlank()) {
      roles.add(Role.valueOf(defaultRole.strip().toUpperCase(Locale.ROOT)));
    }
    return roles;
  }
}
