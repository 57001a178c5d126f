-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Leaderboard extracts: TOP n PERCENT (rounded up) and TOP n PERCENT WITH TIES
-- source: input.sql:2  [S010]
CREATE TABLE rk_db.rep_sales (
  rep_id INTEGER NOT NULL,
  region VARCHAR(20),
  sales_amt DECIMAL(10, 2),
  deals INTEGER
)
DISTKEY(rep_id);

-- source: input.sql:11  [S020]
INSERT INTO rk_db.rep_sales
VALUES
  (1, 'EAST', 900.00, 9);

-- source: input.sql:12  [S030]
INSERT INTO rk_db.rep_sales
VALUES
  (2, 'EAST', 750.00, 5);

-- source: input.sql:13  [S040]
INSERT INTO rk_db.rep_sales
VALUES
  (3, 'EAST', 750.00, 7);

-- source: input.sql:14  [S050]
INSERT INTO rk_db.rep_sales
VALUES
  (4, 'WEST', 600.00, 4);

-- source: input.sql:15  [S060]
INSERT INTO rk_db.rep_sales
VALUES
  (5, 'WEST', NULL, 2);

-- source: input.sql:16  [S070]
INSERT INTO rk_db.rep_sales
VALUES
  (6, 'WEST', 500.00, 6);

-- source: input.sql:17  [S080]
INSERT INTO rk_db.rep_sales
VALUES
  (7, 'NORTH', 450.00, 3);

-- source: input.sql:18  [S090]
INSERT INTO rk_db.rep_sales
VALUES
  (8, 'NORTH', 450.00, 8);

-- source: input.sql:19  [S100]
INSERT INTO rk_db.rep_sales
VALUES
  (9, 'NORTH', 300.00, 1);

-- source: input.sql:20  [S110]
INSERT INTO rk_db.rep_sales
VALUES
  (10, 'SOUTH', 200.00, NULL);

-- source: input.sql:22  [S120]
CREATE TABLE rk_db.result_leaders (
  list_cd VARCHAR(24),
  rep_id INTEGER,
  sales_amt DECIMAL(10, 2)
)
DISTKEY(rep_id);

-- 25 percent of 10 rows = 2.5 -> 3 rows
-- source: input.sql:31  [S130]
INSERT INTO rk_db.result_leaders
SELECT
  SUBSTRING(leapc_c_1 FROM 1 FOR 12),
  rep_id,
  sales_amt
FROM (
  SELECT
    'PCT25' AS leapc_c_1,
    rep_id,
    sales_amt,
    ROW_NUMBER() OVER (ORDER BY sales_amt DESC NULLS LAST, rep_id NULLS FIRST) AS leapc_w_2,
    COUNT(*) OVER () AS leapc_w_3
  FROM rk_db.rep_sales
) AS leapc_t_4
WHERE
  (
    leapc_w_2 - 1
  ) * 100 < 25 * leapc_w_3
ORDER BY
  sales_amt DESC NULLS LAST,
  rep_id NULLS FIRST;

-- 60 percent = 6 rows; the 6th (450.00) ties with a 7th
-- source: input.sql:37  [S140]
INSERT INTO rk_db.result_leaders
SELECT
  SUBSTRING(leapc_c_5 FROM 1 FOR 12),
  rep_id,
  sales_amt
FROM (
  SELECT
    'PCT60TIES' AS leapc_c_5,
    rep_id,
    sales_amt,
    RANK() OVER (ORDER BY sales_amt DESC NULLS LAST) AS leapc_w_6,
    COUNT(*) OVER () AS leapc_w_7
  FROM rk_db.rep_sales
) AS leapc_t_8
WHERE
  (
    leapc_w_6 - 1
  ) * 100 < 60 * leapc_w_7
ORDER BY
  sales_amt DESC NULLS LAST;

-- 10 percent of the 4 rows with deals < 5 = 0.4 -> 1 row
-- source: input.sql:43  [S150]
INSERT INTO rk_db.result_leaders
SELECT
  SUBSTRING(leapc_c_9 FROM 1 FOR 12),
  rep_id,
  sales_amt
FROM (
  SELECT
    'PCT10LOW' AS leapc_c_9,
    rep_id,
    sales_amt,
    ROW_NUMBER() OVER (ORDER BY sales_amt ASC NULLS FIRST) AS leapc_w_10,
    COUNT(*) OVER () AS leapc_w_11
  FROM rk_db.rep_sales
  WHERE
    deals < 5
) AS leapc_t_12
WHERE
  (
    leapc_w_10 - 1
  ) * 100 < 10 * leapc_w_11
ORDER BY
  sales_amt ASC NULLS FIRST;
