-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Repeat customers: days since the previous order (LAG with a default), a centred 3-order average,
--    each order's cumulative share of the customer's spend, and the latest amount so far
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.orders (
  order_id INTEGER NOT NULL,
  cust_id INTEGER,
  order_dt DATE,
  items INTEGER,
  amount DECIMAL(9, 2)
)
DISTKEY(order_id);

-- source: input.sql:13  [S020]
INSERT INTO pdn_db.orders
VALUES
  (1, 10, CAST('2024-02-27' AS DATE), 1, 30.00);

-- source: input.sql:14  [S030]
INSERT INTO pdn_db.orders
VALUES
  (2, 10, CAST('2024-03-02' AS DATE), 4, 45.00);

-- source: input.sql:15  [S040]
INSERT INTO pdn_db.orders
VALUES
  (3, 10, CAST('2024-03-09' AS DATE), 2, 25.00);

-- source: input.sql:16  [S050]
INSERT INTO pdn_db.orders
VALUES
  (4, 20, CAST('2024-01-15' AS DATE), 3, 10.00);

-- source: input.sql:17  [S060]
INSERT INTO pdn_db.orders
VALUES
  (5, 20, CAST('2024-02-29' AS DATE), NULL, 20.00);

-- source: input.sql:18  [S070]
INSERT INTO pdn_db.orders
VALUES
  (6, 30, CAST('2024-03-01' AS DATE), 5, 99.99);

-- source: input.sql:20  [S080]
CREATE TABLE pdn_db.result_repeat (
  order_id INTEGER,
  gap_days INTEGER,
  avg_items3 DECIMAL(8, 2),
  cum_share DECIMAL(8, 4),
  last_amt DECIMAL(9, 2),
  first_dt DATE
)
DISTKEY(order_id);

-- source: input.sql:31  [S090]
INSERT INTO pdn_db.result_repeat
SELECT
  order_id,
  leapc_c_1,
  leapc_c_2,
  leapc_c_3,
  leapc_c_4,
  leapc_c_5
FROM (
  SELECT
    order_id,
    order_dt - LAG(order_dt, 1, order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt NULLS FIRST) AS leapc_c_1,
    AVG(CAST(items AS DOUBLE PRECISION)) OVER (
      PARTITION BY cust_id
      ORDER BY order_dt NULLS FIRST
      ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING
    ) AS leapc_c_2,
    CASE
      WHEN ABS(
        (
          SUM(amount) OVER (
            PARTITION BY cust_id
            ORDER BY order_dt NULLS FIRST
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) / SUM(amount) OVER (PARTITION BY cust_id) * 100
        ) - TRUNC(
          (
            SUM(amount) OVER (
              PARTITION BY cust_id
              ORDER BY order_dt NULLS FIRST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) / SUM(amount) OVER (PARTITION BY cust_id) * 100
          )
        )
      ) = 0.5
      THEN (
        TRUNC(
          (
            SUM(amount) OVER (
              PARTITION BY cust_id
              ORDER BY order_dt NULLS FIRST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) / SUM(amount) OVER (PARTITION BY cust_id) * 100
          )
        ) + TRUNC(
          (
            SUM(amount) OVER (
              PARTITION BY cust_id
              ORDER BY order_dt NULLS FIRST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) / SUM(amount) OVER (PARTITION BY cust_id) * 100
          )
        ) % 2
      ) / 100
      ELSE ROUND(
        SUM(amount) OVER (
          PARTITION BY cust_id
          ORDER BY order_dt NULLS FIRST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) / SUM(amount) OVER (PARTITION BY cust_id),
        2
      )
    END AS leapc_c_3,
    LAST_VALUE(amount) OVER (PARTITION BY cust_id ORDER BY order_dt NULLS FIRST) AS leapc_c_4,
    FIRST_VALUE(order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt NULLS FIRST) AS leapc_c_5,
    COUNT(*) OVER (PARTITION BY cust_id) AS leapc_w_6
  FROM pdn_db.orders
) AS leapc_t_7
WHERE
  leapc_w_6 >= 2;
