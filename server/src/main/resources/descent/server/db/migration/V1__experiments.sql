-- Stored experiments never change: a row is written once, keyed by the content address of its
-- canonical document, and never updated. Plain types so that SQLite and PostgreSQL share it.
CREATE TABLE experiments (
  id VARCHAR(64) PRIMARY KEY,
  document TEXT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  title VARCHAR(400),
  parent VARCHAR(128),
  created_at BIGINT NOT NULL
);

-- Lists the forks of an experiment.
CREATE INDEX experiments_parent ON experiments (parent);
