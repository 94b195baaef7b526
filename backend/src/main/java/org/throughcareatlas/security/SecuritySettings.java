package org.throughcareatlas.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code atlas.security.*}).
 *
 * @param requireSignIn when true, reading (search, services, agencies, the GraphQL and HSDS APIs)
 *     needs sign-in too; by default reading is open and only changes and the commissioning views
 *     need a role
 * @param rolesClaim the claim of an OpenID Connect identity provider's token that lists Atlas roles
 *     (OFFICER, EDITOR, COMMISSIONER, ADMIN; {@code atlas-}/{@code ROLE_} prefixes and case
 *     ignored)
 * @param defaultRole the role of a person signing in through the identity provider whose token
 *     names none; empty gives no role
 */
@ConfigurationProperties("atlas.security")
public record SecuritySettings(
    @DefaultValue("false") boolean requireSignIn,
    @DefaultValue("roles") String rolesClaim,
    @DefaultValue("OFFICER") String defaultRole) {}
