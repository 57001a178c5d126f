-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- MOD takes the sign of the dividend; odd/even tests with MOD on negative values
-- source: input.sql:2  [S010]
CREATE TABLE num_db.vals (
  id INTEGER NOT NULL,
  x INTEGER,
  amt DECIMAL(6, 1)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO num_db.vals
VALUES
  (1, 17, 7.5);

-- source: input.sql:11  [S030]
INSERT INTO num_db.vals
VALUES
  (2, -17, -7.5);

-- source: input.sql:12  [S040]
INSERT INTO num_db.vals
VALUES
  (3, 8, 4.0);

-- source: input.sql:13  [S050]
INSERT INTO num_db.vals
VALUES
  (4, -8, 0.5);

-- source: input.sql:14  [S060]
INSERT INTO num_db.vals
VALUES
  (5, 0, NULL);

-- source: input.sql:15  [S070]
INSERT INTO num_db.vals
VALUES
  (6, NULL, 3.0);

-- source: input.sql:16  [S080]
INSERT INTO num_db.vals
VALUES
  (7, -3, -2.0);

-- source: input.sql:18  [S090]
CREATE TABLE num_db.result_mod (
  "tag" VARCHAR(10),
  id INTEGER,
  m_pos INTEGER,
  m_neg INTEGER,
  m_amt DECIMAL(6, 1)
)
DISTKEY(id);

-- source: input.sql:28  [S100]
INSERT INTO num_db.result_mod
SELECT
  'ALL',
  id,
  x % 4,
  x % -4,
  amt % 2
FROM num_db.vals;

-- source: input.sql:32  [S110]
INSERT INTO num_db.result_mod
SELECT
  'ODD',
  id,
  NULL,
  NULL,
  NULL
FROM num_db.vals
WHERE
  x % 2 = 1;
