/**
 * Backup and restore of the whole graph: {@link org.throughcareatlas.backup.GraphBackup} writes a
 * consistent, self-checking file (gzip, one JSON record per line) through the driver, and {@link
 * org.throughcareatlas.backup.GraphRestore} loads it into an empty database after the schema
 * migrations. Consistency comes from {@link org.throughcareatlas.backup.DirectoryLock}: every Atlas
 * writer takes it for the length of its transaction, and a backup holds it while it reads.
 */
package org.throughcareatlas.backup;
