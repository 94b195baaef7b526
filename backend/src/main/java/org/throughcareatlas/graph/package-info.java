/**
 * The graph database: which Neo4j Atlas talks to, and its schema.
 *
 * <p>With no {@code atlas.neo4j.uri} Atlas starts an embedded Neo4j with its data on disk and Bolt
 * on 127.0.0.1 ({@link EmbeddedNeo4jConfiguration}); with one, it connects to that server, cluster
 * or Aura instance ({@link ExternalNeo4jConfiguration}). Either way the rest of the code talks to
 * the database through the Neo4j Java Driver. {@link SchemaMigrations} applies the versioned {@code
 * .cypher} files of the {@code cypher} module at start-up.
 */
package org.throughcareatlas.graph;
