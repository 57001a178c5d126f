-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CEILING / FLOOR of negative and positive decimals, ABS and SIGN
-- source: input.sql:2  [S010]
CREATE TABLE fn_db.readings (
  id INTEGER NOT NULL,
  v DECIMAL(8, 2),
  n INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO fn_db.readings
VALUES
  (1, 2.10, 5);

-- source: input.sql:11  [S030]
INSERT INTO fn_db.readings
VALUES
  (2, -2.10, -5);

-- source: input.sql:12  [S040]
INSERT INTO fn_db.readings
VALUES
  (3, -2.90, 0);

-- source: input.sql:13  [S050]
INSERT INTO fn_db.readings
VALUES
  (4, 3.00, -1);

-- source: input.sql:14  [S060]
INSERT INTO fn_db.readings
VALUES
  (5, -0.50, NULL);

-- source: input.sql:15  [S070]
INSERT INTO fn_db.readings
VALUES
  (6, 0.00, 7);

-- source: input.sql:16  [S080]
INSERT INTO fn_db.readings
VALUES
  (7, NULL, -12);

-- source: input.sql:18  [S090]
CREATE TABLE fn_db.result_ceil_floor (
  id INTEGER,
  ceil_v DECIMAL(8, 2),
  floor_v DECIMAL(8, 2),
  abs_v DECIMAL(8, 2),
  sign_v INTEGER,
  abs_n INTEGER,
  sign_n INTEGER
)
DISTKEY(id);

-- source: input.sql:30  [S100]
INSERT INTO fn_db.result_ceil_floor
SELECT
  id,
  CEIL(v),
  FLOOR(v),
  ABS(v),
  SIGN(v),
  ABS(n),
  SIGN(n)
FROM fn_db.readings;
