package org.throughcareatlas.ui.signin;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the pages. Who may open a view is said on the view ({@code @AnonymousAllowed},
 * {@code @PermitAll}, {@code @RolesAllowed}) and checked by Vaadin on every navigation; a person
 * who is not signed in is sent to {@link LoginView}. Sign-in is with a username and password stored
 * in the graph, and also through an OpenID Connect identity provider when a client registration is
 * configured ({@code spring.security.oauth2.client.registration.*}). The APIs have their own chain
 * ({@code ApiSecurityConfiguration}, ordered first).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class UiSecurityConfiguration {

  @Bean
  @Order(10)
  SecurityFilterChain uiSecurity(
      HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders)
      throws Exception {
    // Leaflet and Cytoscape.js come as WebJars, loaded by public pages (maps, the agency map).
    http.authorizeHttpRequests(
        requests -> requests.requestMatchers("/webjars/**", "/images/**", "/icons/**").permitAll());
    if (identityProviders.getIfAvailable() != null) {
      http.oauth2Login(oauth -> oauth.loginPage("/login"));
    }
    return http.with(
            VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
        .build();
  }
}
