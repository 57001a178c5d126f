-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INTEGER / INTEGER truncates toward zero (also for negatives), in the select list and in WHERE
-- source: input.sql:2  [S010]
CREATE TABLE num_db.pairs (
  id INTEGER NOT NULL,
  a INTEGER,
  b INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO num_db.pairs
VALUES
  (1, 7, 2);

-- source: input.sql:11  [S030]
INSERT INTO num_db.pairs
VALUES
  (2, -7, 2);

-- source: input.sql:12  [S040]
INSERT INTO num_db.pairs
VALUES
  (3, 7, -2);

-- source: input.sql:13  [S050]
INSERT INTO num_db.pairs
VALUES
  (4, -7, -2);

-- source: input.sql:14  [S060]
INSERT INTO num_db.pairs
VALUES
  (5, 5, 2);

-- source: input.sql:15  [S070]
INSERT INTO num_db.pairs
VALUES
  (6, 1, 3);

-- source: input.sql:16  [S080]
INSERT INTO num_db.pairs
VALUES
  (7, NULL, 3);

-- source: input.sql:18  [S090]
CREATE TABLE num_db.result_int_div (
  src VARCHAR(20),
  id INTEGER,
  q INTEGER,
  q_scaled DECIMAL(10, 2),
  q_half INTEGER
)
DISTKEY(id);

-- source: input.sql:28  [S100]
INSERT INTO num_db.result_int_div
SELECT
  'ALL',
  id,
  a / b,
  (
    a / b
  ) * 1.5,
  a / 2
FROM num_db.pairs;

-- source: input.sql:32  [S110]
INSERT INTO num_db.result_int_div
SELECT
  'WHERE',
  id,
  NULL,
  NULL,
  NULL
FROM num_db.pairs
WHERE
  a / b = 2 OR a / b = -3;
