-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Window aggregates with explicit ROWS frames (moving sum/avg, forward-looking min),
--    without ORDER BY, over (), and an integer percent-of-total that truncates
-- source: input.sql:3  [S010]
CREATE TABLE win_db.daily_sales (
  store CHAR(3),
  s_dt DATE,
  amt INTEGER
)
DISTKEY(store);

-- source: input.sql:11  [S020]
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-01' AS DATE), 10);

-- source: input.sql:12  [S030]
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-02' AS DATE), 20);

-- source: input.sql:13  [S040]
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-03' AS DATE), NULL);

-- source: input.sql:14  [S050]
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-04' AS DATE), 15);

-- source: input.sql:15  [S060]
INSERT INTO win_db.daily_sales
VALUES
  ('S2', CAST('2024-01-01' AS DATE), 7);

-- source: input.sql:16  [S070]
INSERT INTO win_db.daily_sales
VALUES
  ('S2', CAST('2024-01-02' AS DATE), 2);

-- source: input.sql:18  [S080]
CREATE TABLE win_db.result_frames (
  store CHAR(3),
  s_dt DATE,
  mov_sum3 INTEGER,
  mov_avg DECIMAL(8, 2),
  fwd_min INTEGER,
  cnt_amt INTEGER,
  run_cnt INTEGER,
  grand_tot INTEGER,
  pct_store INTEGER
)
DISTKEY(store);

-- source: input.sql:32  [S090]
INSERT INTO win_db.result_frames
SELECT
  store,
  s_dt,
  SUM(amt) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt NULLS FIRST
    ROWS BETWEEN 2 PRECEDING AND CURRENT ROW
  ),
  AVG(CAST(amt AS DOUBLE PRECISION)) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt NULLS FIRST
    ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING
  ),
  MIN(amt) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt NULLS FIRST
    ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING
  ),
  COUNT(amt) OVER (PARTITION BY UPPER(RTRIM(store))),
  COUNT(*) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt NULLS FIRST
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ),
  SUM(amt) OVER (),
  amt * 100 / SUM(amt) OVER (PARTITION BY UPPER(RTRIM(store)))
FROM win_db.daily_sales;
