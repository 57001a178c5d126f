-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DECIMAL division keeps the larger operand scale and rounds at every step
-- source: input.sql:2  [S010]
CREATE TABLE num_db.ratios (
  id INTEGER NOT NULL,
  a DECIMAL(10, 2),
  b DECIMAL(10, 2),
  n INTEGER
)
DISTKEY(id);

-- source: input.sql:11  [S020]
INSERT INTO num_db.ratios
VALUES
  (1, 2.00, 3.00, 3);

-- source: input.sql:12  [S030]
INSERT INTO num_db.ratios
VALUES
  (2, 10.00, 3.00, 7);

-- source: input.sql:13  [S040]
INSERT INTO num_db.ratios
VALUES
  (3, 1.00, 6.00, 6);

-- source: input.sql:14  [S050]
INSERT INTO num_db.ratios
VALUES
  (4, -2.00, 3.00, 3);

-- source: input.sql:15  [S060]
INSERT INTO num_db.ratios
VALUES
  (5, 5.00, NULL, NULL);

-- source: input.sql:17  [S070]
CREATE TABLE num_db.result_ratios (
  id INTEGER,
  q DECIMAL(12, 4),
  q_int DECIMAL(12, 4),
  pct DECIMAL(12, 4),
  pct_first DECIMAL(12, 4),
  prod DECIMAL(12, 4)
)
DISTKEY(id);

-- source: input.sql:28  [S080]
INSERT INTO num_db.result_ratios
SELECT
  id,
  CASE
    WHEN ABS((
      a / b * 100
    ) - TRUNC((
      a / b * 100
    ))) = 0.5
    THEN (
      TRUNC((
        a / b * 100
      )) + TRUNC((
        a / b * 100
      )) % 2
    ) / 100
    ELSE ROUND(a / b, 2)
  END,
  CASE
    WHEN ABS((
      a / n * 100
    ) - TRUNC((
      a / n * 100
    ))) = 0.5
    THEN (
      TRUNC((
        a / n * 100
      )) + TRUNC((
        a / n * 100
      )) % 2
    ) / 100
    ELSE ROUND(a / n, 2)
  END,
  CASE
    WHEN ABS((
      a / b * 100
    ) - TRUNC((
      a / b * 100
    ))) = 0.5
    THEN (
      TRUNC((
        a / b * 100
      )) + TRUNC((
        a / b * 100
      )) % 2
    ) / 100
    ELSE ROUND(a / b, 2)
  END * 100,
  CASE
    WHEN ABS((
      100 * a / b * 100
    ) - TRUNC((
      100 * a / b * 100
    ))) = 0.5
    THEN (
      TRUNC((
        100 * a / b * 100
      )) + TRUNC((
        100 * a / b * 100
      )) % 2
    ) / 100
    ELSE ROUND(100 * a / b, 2)
  END,
  a * b
FROM num_db.ratios;
