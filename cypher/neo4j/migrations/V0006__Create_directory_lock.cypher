// The node every Atlas writer locks while it writes, and a backup while it reads (see
// org.throughcareatlas.backup.DirectoryLock): a backup is then a consistent picture of the graph.
CREATE CONSTRAINT atlas_lock_id IF NOT EXISTS FOR (n:AtlasLock) REQUIRE n.id IS UNIQUE;
MERGE (:AtlasLock {id: 'directory'});
