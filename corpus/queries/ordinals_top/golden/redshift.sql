-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- GROUP BY / ORDER BY ordinals with TOP n, and TOP n WITH TIES, in INSERT ... SELECT
-- source: input.sql:2  [S010]
CREATE TABLE qry_db.orders (
  order_id INTEGER NOT NULL,
  region VARCHAR(20),
  amount INTEGER
)
DISTKEY(order_id);

-- source: input.sql:10  [S020]
INSERT INTO qry_db.orders
VALUES
  (1, 'EAST', 10);

-- source: input.sql:11  [S030]
INSERT INTO qry_db.orders
VALUES
  (2, 'EAST', 30);

-- source: input.sql:12  [S040]
INSERT INTO qry_db.orders
VALUES
  (3, 'WEST', 25);

-- source: input.sql:13  [S050]
INSERT INTO qry_db.orders
VALUES
  (4, 'NORTH', 40);

-- source: input.sql:14  [S060]
INSERT INTO qry_db.orders
VALUES
  (5, 'SOUTH', 15);

-- source: input.sql:15  [S070]
INSERT INTO qry_db.orders
VALUES
  (6, 'SOUTH', 10);

-- source: input.sql:16  [S080]
INSERT INTO qry_db.orders
VALUES
  (7, 'WEST', 15);

-- source: input.sql:18  [S090]
CREATE TABLE qry_db.result_top (
  kind VARCHAR(20),
  region VARCHAR(20),
  total INTEGER
)
DISTKEY(region);

-- source: input.sql:26  [S100]
INSERT INTO qry_db.result_top
SELECT
  'top2',
  MIN(region) AS region,
  SUM(amount)
FROM qry_db.orders
GROUP BY
  UPPER(RTRIM(region))
ORDER BY
  3 DESC NULLS LAST,
  2 NULLS FIRST
LIMIT 2;

-- source: input.sql:32  [S110]
INSERT INTO qry_db.result_top
SELECT
  SUBSTRING(leapc_c_1 FROM 1 FOR 10),
  region,
  leapc_c_2
FROM (
  SELECT
    'ties' AS leapc_c_1,
    MIN(region) AS region,
    SUM(amount) AS leapc_c_2,
    RANK() OVER (ORDER BY SUM(amount) DESC NULLS LAST) AS leapc_w_3
  FROM qry_db.orders
  GROUP BY
    UPPER(RTRIM(region))
) AS leapc_t_4
WHERE
  leapc_w_3 <= 1
ORDER BY
  3 DESC NULLS LAST;
