/**
 * Sign-in and roles. Users are {@code (:User)} nodes with a bcrypt password hash and roles; editors
 * are {@code MEMBER_OF} the agencies they may edit. {@link Users} manages them (an administrator's
 * work), {@link Access} answers "may the signed-in person do this?" for method security
 * ({@code @PreAuthorize("@access.canEditAgency(#agencyId)")}), and {@link ApiSecurityConfiguration}
 * secures {@code /graphql} and {@code /hsds}: readable without sign-in (unless {@code
 * atlas.security.require-sign-in}), with every change checked by role on the service that makes it.
 */
package org.throughcareatlas.security;
