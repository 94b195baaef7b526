/**
 * A directory in Atlas's own shape ({@link Directory}) and its bulk writer ({@link
 * DirectoryWriter}). Every way data comes in — the demo directory, benchmark data, and later HSDS
 * and CSV imports — ends here, so the graph is written one way.
 */
package org.throughcareatlas.directorydata;
