/**
 * The command line carried by the application jar ({@code java -jar atlas.jar import FILE}): a
 * picocli command ({@link org.throughcareatlas.cli.AtlasCommand}) with {@code import} and {@code
 * export}, run by {@code AtlasApplication.main} without starting the web application. It reaches a
 * running Atlas, or any Neo4j, over Bolt.
 */
package org.throughcareatlas.cli;
