/**
 * The working relationships between agencies read as a network. {@link
 * org.throughcareatlas.network.NetworkQueries} answers: referral pathways (the shortest chains of
 * real working relationships from a prison or an agency to a service or an agency, with the contact
 * to use at each step), an agency's neighbourhood and the whole network filtered by area, need,
 * prison and relationship type (nodes and edges for the agency map), and the network's health
 * ({@link org.throughcareatlas.network.NetworkHealth}: isolated agencies, hubs by betweenness
 * centrality, one-way referral routes, agencies unlinked to the prisons that release people to
 * their area, stale relationships), each measure with a sentence explaining it. {@code
 * NetworkGraphQlController} serves them over GraphQL (schema {@code graphql/network.graphqls}).
 * Betweenness is computed in memory ({@code Betweenness}: JGraphT exactly for small networks, a
 * fixed-seed sample of sources for large ones) from the network read with one query.
 */
package org.throughcareatlas.network;
