package org.throughcareatlas.directory;

/**
 * Published after a bulk write changed the directory (demo load, import), so that what is kept in
 * memory for speed — such as the taxonomies the search resolves against — is read afresh.
 */
public record DirectoryChanged() {}
