/**
 * Commissioning analytics: who provides what, where, for whom — and where provision is duplicated
 * or missing. {@link org.throughcareatlas.commissioning.Commissioning} answers with a {@link
 * org.throughcareatlas.commissioning.CoverageMatrix} (needs × council areas for a group of people),
 * {@link org.throughcareatlas.commissioning.DuplicateGroup}s (services of different agencies doing
 * the same thing for the same people in the same place, scored as in docs/duplicates.md), {@link
 * org.throughcareatlas.commissioning.Gap}s (need × area × group with no active service) and {@link
 * org.throughcareatlas.commissioning.FragileProvision}. The queries are the {@code .cypher} files
 * of {@code cypher/analysis/}, run as written by {@link
 * org.throughcareatlas.commissioning.AnalysisQueries}, so that an analyst running a file by hand
 * gets the same figures. GraphQL: {@code graphql/commissioning.graphqls}.
 */
package org.throughcareatlas.commissioning;
