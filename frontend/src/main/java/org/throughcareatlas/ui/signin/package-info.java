/**
 * Sign-in for the UI: the Spring Security filter chain for every page (Vaadin's {@code
 * VaadinSecurityConfigurer}), the login view at {@code /login}, signing in through an OpenID
 * Connect identity provider when one is configured, and the setting that makes every page need
 * sign-in.
 */
package org.throughcareatlas.ui.signin;
