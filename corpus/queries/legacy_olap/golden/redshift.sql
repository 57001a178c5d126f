-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Legacy Teradata OLAP functions: CSUM, MSUM, MAVG, MDIFF and RANK(col), with GROUP BY acting
--    as the partition (no aggregation)
-- source: input.sql:3  [S010]
CREATE TABLE qry_db.daily (
  store CHAR(2),
  day_no INTEGER,
  sales DECIMAL(8, 2)
)
DISTSTYLE EVEN;

-- source: input.sql:11  [S020]
INSERT INTO qry_db.daily
VALUES
  ('S1', 1, 10.00);

-- source: input.sql:12  [S030]
INSERT INTO qry_db.daily
VALUES
  ('S1', 2, 30.00);

-- source: input.sql:13  [S040]
INSERT INTO qry_db.daily
VALUES
  ('S1', 3, 20.00);

-- source: input.sql:14  [S050]
INSERT INTO qry_db.daily
VALUES
  ('S1', 4, 30.00);

-- source: input.sql:15  [S060]
INSERT INTO qry_db.daily
VALUES
  ('S2', 1, 5.00);

-- source: input.sql:16  [S070]
INSERT INTO qry_db.daily
VALUES
  ('S2', 2, 1.00);

-- source: input.sql:18  [S080]
CREATE TABLE qry_db.result_legacy (
  store CHAR(2),
  day_no INTEGER,
  cum_sales DECIMAL(12, 2),
  mov_sum2 DECIMAL(12, 2),
  mov_avg2 DECIMAL(12, 2),
  diff1 DECIMAL(12, 2),
  sales_rk INTEGER
)
DISTSTYLE EVEN;

-- source: input.sql:30  [S090]
INSERT INTO qry_db.result_legacy
SELECT
  store,
  day_no,
  SUM(sales) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY day_no ASC NULLS FIRST
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ),
  SUM(sales) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY day_no ASC NULLS FIRST
    ROWS BETWEEN 1 PRECEDING AND CURRENT ROW
  ),
  AVG(sales) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY day_no ASC NULLS FIRST
    ROWS BETWEEN 1 PRECEDING AND CURRENT ROW
  ),
  (
    sales - LAG(sales, 1) OVER (PARTITION BY UPPER(RTRIM(store)) ORDER BY day_no ASC NULLS FIRST)
  ),
  RANK() OVER (PARTITION BY UPPER(RTRIM(store)) ORDER BY sales DESC NULLS LAST)
FROM qry_db.daily;
