-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- SQRT, EXP, LN, LOG (base 10 in Teradata), POWER on values with exact results
-- source: input.sql:2  [S010]
CREATE TABLE fn_db.nums (
  id INTEGER NOT NULL,
  x INTEGER,
  p INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO fn_db.nums
VALUES
  (1, 1, 0);

-- source: input.sql:11  [S030]
INSERT INTO fn_db.nums
VALUES
  (2, 100, 2);

-- source: input.sql:12  [S040]
INSERT INTO fn_db.nums
VALUES
  (3, 1000, 3);

-- source: input.sql:13  [S050]
INSERT INTO fn_db.nums
VALUES
  (4, 16, 1);

-- source: input.sql:14  [S060]
INSERT INTO fn_db.nums
VALUES
  (5, NULL, 2);

-- source: input.sql:16  [S070]
CREATE TABLE fn_db.result_math (
  id INTEGER,
  sqrt_x DECIMAL(12, 4),
  log_x DECIMAL(12, 4),
  ln_x DECIMAL(12, 4),
  exp_ln DECIMAL(12, 4),
  pow_x DECIMAL(18, 4),
  pow_two DECIMAL(12, 4)
)
DISTKEY(id);

-- source: input.sql:28  [S080]
INSERT INTO fn_db.result_math
SELECT
  id,
  SQRT(x),
  LOG(x),
  LN(x),
  EXP(LN(x)),
  POWER(x, p),
  POWER(2, p + 8)
FROM fn_db.nums;
