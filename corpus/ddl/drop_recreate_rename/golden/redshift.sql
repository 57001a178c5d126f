-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DROP TABLE then CREATE TABLE with the same name and a different shape (old rows are gone),
--    RENAME TABLE old TO new keeps the rows under the new name and frees the old name
-- source: input.sql:3  [S010]
CREATE TABLE ddl_db.wrk (
  a INTEGER,
  b VARCHAR(10)
)
DISTKEY(a);

-- source: input.sql:10  [S020]
INSERT INTO ddl_db.wrk
VALUES
  (1, 'x');

-- source: input.sql:11  [S030]
INSERT INTO ddl_db.wrk
VALUES
  (2, 'y');

-- source: input.sql:13  [S040]
DROP TABLE ddl_db.wrk;

-- source: input.sql:15  [S050]
CREATE TABLE ddl_db.wrk (
  a INTEGER,
  c DECIMAL(5, 1),
  b VARCHAR(10)
)
DISTKEY(a);

-- source: input.sql:23  [S060]
INSERT INTO ddl_db.wrk
VALUES
  (3, 1.5, 'z');

-- source: input.sql:24  [S070]
INSERT INTO ddl_db.wrk (
  a,
  b
)
VALUES
  (4, 'w');

-- source: input.sql:26  [S080]
ALTER TABLE ddl_db.wrk RENAME TO wrk_prev;

-- source: input.sql:28  [S090]
CREATE TABLE ddl_db.wrk (
  a INTEGER
)
DISTKEY(a);

-- source: input.sql:34  [S100]
INSERT INTO ddl_db.wrk
SELECT
  a * 10
FROM ddl_db.wrk_prev;

-- source: input.sql:36  [S110]
CREATE TABLE ddl_db.result_rename (
  src VARCHAR(16),
  a INTEGER,
  c DECIMAL(5, 1),
  b VARCHAR(10)
)
DISTKEY(a);

-- source: input.sql:45  [S120]
INSERT INTO ddl_db.result_rename
SELECT
  'prev',
  a,
  c,
  b
FROM ddl_db.wrk_prev;

-- source: input.sql:46  [S130]
INSERT INTO ddl_db.result_rename
SELECT
  'wrk',
  a,
  NULL,
  NULL
FROM ddl_db.wrk;
