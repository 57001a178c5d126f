-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- The ** exponent operator: FLOAT result, binds tighter than * and +
-- source: input.sql:2  [S010]
CREATE TABLE num_db.bases (
  id INTEGER NOT NULL,
  b INTEGER,
  e INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO num_db.bases
VALUES
  (1, 2, 10);

-- source: input.sql:11  [S030]
INSERT INTO num_db.bases
VALUES
  (2, -3, 3);

-- source: input.sql:12  [S040]
INSERT INTO num_db.bases
VALUES
  (3, 4, -1);

-- source: input.sql:13  [S050]
INSERT INTO num_db.bases
VALUES
  (4, 10, 0);

-- source: input.sql:14  [S060]
INSERT INTO num_db.bases
VALUES
  (5, NULL, 2);

-- source: input.sql:15  [S070]
INSERT INTO num_db.bases
VALUES
  (6, 5, NULL);

-- source: input.sql:17  [S080]
CREATE TABLE num_db.result_pow (
  id INTEGER,
  p DOUBLE PRECISION,
  sq_int INTEGER,
  expr DOUBLE PRECISION,
  root DOUBLE PRECISION
)
DISTKEY(id);

-- source: input.sql:27  [S090]
INSERT INTO num_db.result_pow
SELECT
  id,
  POWER(b, e),
  CAST(TRUNC(POWER(b, 2)) AS INTEGER),
  1 + 2 * POWER(b, 2),
  POWER((
    b * b
  ), 0.5)
FROM num_db.bases;
