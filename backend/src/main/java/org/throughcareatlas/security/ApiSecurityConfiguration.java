package org.throughcareatlas.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the APIs: {@code /graphql} (with GraphiQL and the schema) and {@code /hsds}.
 *
 * <p>Reading is open by default, as the directory is public information; {@code
 * atlas.security.require-sign-in=true} makes every API request need a signed-in user. What changes
 * data and the commissioning queries are checked by role on the methods that do them ({@link
 * EnableMethodSecurity}), so the same rule holds for the UI and the API. {@code /hsds} is
 * read-only: any method other than GET is answered 405, signed in or not.
 *
 * <p>API clients sign in with HTTP Basic on each request (nothing is kept in a session); a browser
 * signed in to Atlas is recognised by its session. CSRF tokens are not asked for here: Basic
 * credentials are not sent by a browser on its own, GraphQL accepts only {@code application/json}
 * bodies (which a cross-site HTML form cannot send), and the session cookie is {@code
 * SameSite=Lax}, so another site cannot make a signed-in browser post a change.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class ApiSecurityConfiguration {

  /** The paths this configuration secures; everything else is the UI's. */
  public static final String[] API_PATHS = {"/graphql/**", "/graphiql/**", "/hsds/**"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings settings) throws Exception {
    http.securityMatcher(API_PATHS)
        .csrf(AbstractHttpConfigurer::disable)
        .httpBasic(Customizer.withDefaults())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                    (request, response, failure) -> {
                      response.setStatus(401);
                      response.setHeader("WWW-Authenticate", "Basic realm=\"Throughcare Atlas\"");
                      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                      response
                          .getWriter()
                          .write(
                              "{\"errors\":[{\"message\":\"Sign in to use this: give a username"
                                  + " and password (HTTP Basic).\"}]}");
                    }));
    http.authorizeHttpRequests(
        requests -> {
          if (settings.requireSignIn()) {
            requests.anyRequest().authenticated();
          } else {
            // /hsds is read-only: every method reaches it, and any other than GET is answered 405.
            requests.anyRequest().permitAll();
          }
        });
    return http.build();
  }
}
