package org.throughcareatlas.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in the users stored in the graph, with their roles as {@code ROLE_*} authorities. */
@Component
class GraphUserDetailsService implements UserDetailsService {

  private final Users users;

  GraphUserDetailsService(Users users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Users.Stored stored =
        users
            .stored(username == null ? "" : username.strip().toLowerCase())
            .filter(s -> s.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    List<SimpleGrantedAuthority> authorities =
        stored.user().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return User.withUsername(stored.user().username())
        .password(stored.passwordHash())
        .authorities(authorities)
        .build();
  }
}
