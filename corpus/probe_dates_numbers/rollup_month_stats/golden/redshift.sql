-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Monthly revenue rollup by EXTRACT(YEAR/MONTH) with subtotal labels, average ticket and spread
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.tickets_sold (
  sale_id INTEGER NOT NULL,
  sold_ts TIMESTAMP,
  seats INTEGER,
  price DECIMAL(8, 2)
)
DISTKEY(sale_id);

-- source: input.sql:11  [S020]
INSERT INTO pdn_db.tickets_sold
VALUES
  (1, CAST('2023-12-31 23:59:59' AS TIMESTAMP), 2, 40.00);

-- source: input.sql:12  [S030]
INSERT INTO pdn_db.tickets_sold
VALUES
  (2, CAST('2024-01-01 00:00:00' AS TIMESTAMP), 1, 25.50);

-- source: input.sql:13  [S040]
INSERT INTO pdn_db.tickets_sold
VALUES
  (3, CAST('2024-01-15 12:00:00' AS TIMESTAMP), 4, 30.00);

-- source: input.sql:14  [S050]
INSERT INTO pdn_db.tickets_sold
VALUES
  (4, CAST('2024-02-29 18:00:00' AS TIMESTAMP), 3, 30.00);

-- source: input.sql:15  [S060]
INSERT INTO pdn_db.tickets_sold
VALUES
  (5, CAST('2024-02-29 19:00:00' AS TIMESTAMP), NULL, 10.00);

-- source: input.sql:17  [S070]
CREATE TABLE pdn_db.result_rollup (
  yr INTEGER,
  mo INTEGER,
  level_name VARCHAR(20),
  sales_cnt INTEGER,
  seat_total INTEGER,
  avg_seats DECIMAL(8, 3),
  revenue DECIMAL(12, 2),
  seat_sd DECIMAL(8, 4)
)
DISTKEY(yr);

-- source: input.sql:30  [S080]
INSERT INTO pdn_db.result_rollup
SELECT
  EXTRACT(YEAR FROM sold_ts),
  EXTRACT(MONTH FROM sold_ts),
  CASE
    WHEN GROUPING(EXTRACT(YEAR FROM sold_ts)) = 1
    THEN 'ALL'
    WHEN GROUPING(EXTRACT(MONTH FROM sold_ts)) = 1
    THEN 'YEAR'
    ELSE 'MONTH'
  END,
  COUNT(*),
  SUM(seats),
  AVG(CAST(seats AS DOUBLE PRECISION)),
  SUM(seats * price),
  STDDEV_SAMP(seats)
FROM pdn_db.tickets_sold
GROUP BY
  ROLLUP (
    EXTRACT(YEAR FROM sold_ts),
    EXTRACT(MONTH FROM sold_ts)
  );
