-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- ROUND(n, d) on DECIMAL halfway values, positive and negative, with positive, zero and negative places
-- source: input.sql:2  [S010]
CREATE TABLE fn_db.amounts (
  id INTEGER NOT NULL,
  amt DECIMAL(10, 3)
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO fn_db.amounts
VALUES
  (1, 2.345);

-- source: input.sql:10  [S030]
INSERT INTO fn_db.amounts
VALUES
  (2, -2.345);

-- source: input.sql:11  [S040]
INSERT INTO fn_db.amounts
VALUES
  (3, 2.500);

-- source: input.sql:12  [S050]
INSERT INTO fn_db.amounts
VALUES
  (4, -2.500);

-- source: input.sql:13  [S060]
INSERT INTO fn_db.amounts
VALUES
  (5, 125.000);

-- source: input.sql:14  [S070]
INSERT INTO fn_db.amounts
VALUES
  (6, -135.000);

-- source: input.sql:15  [S080]
INSERT INTO fn_db.amounts
VALUES
  (7, 0.125);

-- source: input.sql:16  [S090]
INSERT INTO fn_db.amounts
VALUES
  (8, 1450.000);

-- source: input.sql:17  [S100]
INSERT INTO fn_db.amounts
VALUES
  (9, NULL);

-- source: input.sql:19  [S110]
CREATE TABLE fn_db.result_round (
  id INTEGER,
  r2 DECIMAL(10, 3),
  r0 DECIMAL(10, 3),
  r_tens DECIMAL(10, 3),
  r_hund DECIMAL(10, 3)
)
DISTKEY(id);

-- source: input.sql:29  [S120]
INSERT INTO fn_db.result_round
SELECT
  id,
  ROUND(amt, 2),
  ROUND(amt, 0),
  ROUND(amt, -1),
  ROUND(amt, -2)
FROM fn_db.amounts;
