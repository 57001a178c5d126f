-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- TRUNC(n [, d]) and ROUND(n, d) on DECIMAL, including negative values and negative places
-- source: input.sql:2  [S010]
CREATE TABLE num_db.prices (
  id INTEGER NOT NULL,
  price DECIMAL(10, 3)
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO num_db.prices
VALUES
  (1, 2.758);

-- source: input.sql:10  [S030]
INSERT INTO num_db.prices
VALUES
  (2, -2.758);

-- source: input.sql:11  [S040]
INSERT INTO num_db.prices
VALUES
  (3, 123.456);

-- source: input.sql:12  [S050]
INSERT INTO num_db.prices
VALUES
  (4, 0.041);

-- source: input.sql:13  [S060]
INSERT INTO num_db.prices
VALUES
  (5, NULL);

-- source: input.sql:15  [S070]
CREATE TABLE num_db.result_trunc_round (
  id INTEGER,
  t1 DECIMAL(10, 3),
  t0 DECIMAL(10, 3),
  t_tens DECIMAL(10, 3),
  r2 DECIMAL(10, 3)
)
DISTKEY(id);

-- source: input.sql:25  [S080]
INSERT INTO num_db.result_trunc_round
SELECT
  id,
  TRUNC(price, 1),
  TRUNC(price),
  TRUNC(price, -1),
  ROUND(price, 2)
FROM num_db.prices;
