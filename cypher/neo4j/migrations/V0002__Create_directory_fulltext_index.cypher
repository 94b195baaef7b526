// Free-text search over what services and agencies are called and what they do.
// The standard analyzer lower-cases and splits words; fuzzy and prefix matching are added at
// query time.
CREATE FULLTEXT INDEX directory_text IF NOT EXISTS
FOR (n:Service|Agency) ON EACH [n.name, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
