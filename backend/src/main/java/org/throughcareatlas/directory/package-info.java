/**
 * The directory as people read it: services, agencies, needs, circumstances, council areas, prisons
 * and the working relationships between agencies. Read models are records filled from Cypher by
 * {@link DirectoryQueries}; {@link DirectoryGraphQlController} serves them over GraphQL (schema
 * {@code graphql/directory.graphqls}) and the Vaadin views call the same queries.
 */
package org.throughcareatlas.directory;
