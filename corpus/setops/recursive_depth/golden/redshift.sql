-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CREATE RECURSIVE VIEW over an employee hierarchy: depth from the root and the root's id
-- source: input.sql:2  [S010]
CREATE TABLE set_db.staff (
  emp_id INTEGER NOT NULL,
  mgr_id INTEGER,
  name VARCHAR(20)
)
DISTKEY(emp_id);

-- source: input.sql:10  [S020]
INSERT INTO set_db.staff
VALUES
  (1, NULL, 'ceo');

-- source: input.sql:11  [S030]
INSERT INTO set_db.staff
VALUES
  (2, 1, 'cto');

-- source: input.sql:12  [S040]
INSERT INTO set_db.staff
VALUES
  (3, 1, 'cfo');

-- source: input.sql:13  [S050]
INSERT INTO set_db.staff
VALUES
  (4, 2, 'dev1');

-- source: input.sql:14  [S060]
INSERT INTO set_db.staff
VALUES
  (5, 4, 'intern');

-- source: input.sql:15  [S070]
INSERT INTO set_db.staff
VALUES
  (6, 99, 'orphan');

-- source: input.sql:17  [S080]
CREATE VIEW set_db.v_chain (
  emp_id,
  root_id,
  depth,
  path_len
) AS
WITH RECURSIVE v_chain_rec(emp_id, root_id, depth, path_len) AS (
  SELECT
    emp_id,
    emp_id,
    0,
    LENGTH(name)
  FROM set_db.staff
  WHERE
    mgr_id IS NULL
  UNION ALL
  SELECT
    s.emp_id,
    c.root_id,
    c.depth + 1,
    c.path_len + LENGTH(s.name)
  FROM set_db.staff AS s, v_chain_rec AS c
  WHERE
    s.mgr_id = c.emp_id AND c.depth < 10
)
SELECT
  *
FROM v_chain_rec;

-- source: input.sql:28  [S090]
CREATE TABLE set_db.result_hierarchy (
  emp_id INTEGER,
  root_id INTEGER,
  depth INTEGER,
  path_len INTEGER
)
DISTKEY(emp_id);

-- source: input.sql:37  [S100]
INSERT INTO set_db.result_hierarchy
SELECT
  emp_id,
  root_id,
  depth,
  path_len
FROM set_db.v_chain;
