-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DECIMAL -> INTEGER truncates the fraction (explicit CAST and implicit assignment)
-- source: input.sql:2  [S010]
CREATE TABLE num_db.amounts (
  id INTEGER NOT NULL,
  amt DECIMAL(10, 2)
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO num_db.amounts
VALUES
  (1, 2.70);

-- source: input.sql:10  [S030]
INSERT INTO num_db.amounts
VALUES
  (2, -2.70);

-- source: input.sql:11  [S040]
INSERT INTO num_db.amounts
VALUES
  (3, 2.50);

-- source: input.sql:12  [S050]
INSERT INTO num_db.amounts
VALUES
  (4, -2.50);

-- source: input.sql:13  [S060]
INSERT INTO num_db.amounts
VALUES
  (5, 0.99);

-- source: input.sql:14  [S070]
INSERT INTO num_db.amounts
VALUES
  (6, -0.99);

-- source: input.sql:15  [S080]
INSERT INTO num_db.amounts
VALUES
  (7, 123.45);

-- source: input.sql:16  [S090]
INSERT INTO num_db.amounts
VALUES
  (8, NULL);

-- source: input.sql:18  [S100]
CREATE TABLE num_db.result_cast_int (
  id INTEGER,
  cast_int INTEGER,
  assigned INTEGER,
  cast_small SMALLINT,
  cast_big BIGINT,
  scaled_int INTEGER
)
DISTKEY(id);

-- source: input.sql:29  [S110]
INSERT INTO num_db.result_cast_int
SELECT
  id,
  CAST(TRUNC(amt) AS INTEGER),
  CAST(TRUNC(amt) AS INTEGER),
  CAST(TRUNC(amt) AS SMALLINT),
  CAST(TRUNC(amt * 10) AS BIGINT),
  CAST(TRUNC(amt * 1.5) AS INTEGER)
FROM num_db.amounts;
