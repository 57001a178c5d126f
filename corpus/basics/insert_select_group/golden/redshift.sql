-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Plain DDL, INSERT ... VALUES, INSERT ... SELECT with GROUP BY and a UNION ALL
-- source: input.sql:2  [S010]
CREATE TABLE sales.orders (
  order_id INTEGER NOT NULL,
  region VARCHAR(20),
  amount DECIMAL(10, 2),
  order_dt DATE
)
DISTKEY(order_id);

-- source: input.sql:11  [S020]
INSERT INTO sales.orders
VALUES
  (1, 'EAST', 10.50, CAST('2024-01-01' AS DATE));

-- source: input.sql:12  [S030]
INSERT INTO sales.orders
VALUES
  (2, 'EAST', 20.00, CAST('2024-01-02' AS DATE));

-- source: input.sql:13  [S040]
INSERT INTO sales.orders
VALUES
  (3, 'WEST', NULL, CAST('2024-01-02' AS DATE));

-- source: input.sql:14  [S050]
INSERT INTO sales.orders (
  order_id,
  region
)
VALUES
  (4, 'NORTH');

-- source: input.sql:16  [S060]
CREATE TABLE sales.result_region_totals (
  region VARCHAR(20),
  order_cnt INTEGER,
  total_amt DECIMAL(12, 2)
)
DISTKEY(region);

-- source: input.sql:24  [S070]
INSERT INTO sales.result_region_totals
SELECT
  MIN(region) AS region,
  COUNT(*),
  SUM(amount)
FROM sales.orders
GROUP BY
  UPPER(RTRIM(region))
UNION ALL
SELECT
  'ALL',
  COUNT(*),
  SUM(amount)
FROM sales.orders;
