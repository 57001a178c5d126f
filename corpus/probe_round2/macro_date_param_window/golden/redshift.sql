-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Re-runnable "as of" extract packaged as a macro: DATE parameter given as text, date arithmetic on
--    parameters, optional (NULL) filter parameter, QUALIFY and a closing SELECT inside the macro
-- source: input.sql:3  [S010]
CREATE TABLE mc_db.orders (
  order_id INTEGER NOT NULL,
  cust_id INTEGER,
  region VARCHAR(20),
  order_dt DATE,
  amt DECIMAL(10, 2)
)
DISTKEY(order_id);

-- source: input.sql:13  [S020]
CREATE TABLE mc_db.result_window (
  asof_dt DATE,
  order_id INTEGER,
  region VARCHAR(20),
  amt DECIMAL(10, 2)
)
DISTKEY(order_id);

-- source: input.sql:22  [S030]
INSERT INTO mc_db.orders
VALUES
  (1, 100, 'EAST', CAST('2024-01-25' AS DATE), 50.00);

-- source: input.sql:23  [S040]
INSERT INTO mc_db.orders
VALUES
  (2, 100, 'east', CAST('2024-01-30' AS DATE), 80.00);

-- source: input.sql:24  [S050]
INSERT INTO mc_db.orders
VALUES
  (3, 101, 'EAST', CAST('2024-01-20' AS DATE), 70.00);

-- source: input.sql:25  [S060]
INSERT INTO mc_db.orders
VALUES
  (4, 101, 'East', CAST('2024-01-21' AS DATE), 20.00);

-- source: input.sql:26  [S070]
INSERT INTO mc_db.orders
VALUES
  (5, 102, 'WEST', CAST('2024-01-28' AS DATE), 60.00);

-- source: input.sql:27  [S080]
INSERT INTO mc_db.orders
VALUES
  (6, 102, 'WEST', CAST('2024-02-10' AS DATE), 90.00);

-- source: input.sql:28  [S090]
INSERT INTO mc_db.orders
VALUES
  (7, 103, NULL, CAST('2024-02-12' AS DATE), 40.00);

-- source: input.sql:29  [S100]
INSERT INTO mc_db.orders
VALUES
  (8, 100, 'EAST', CAST('2024-02-15' AS DATE), 80.00);

-- EXEC mc_db.load_window (from the macro body at line 33)
-- source: input.sql:43  [S110]
DELETE FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-01-31' AS DATE);

-- EXEC mc_db.load_window (from the macro body at line 34)
-- source: input.sql:43  [S120]
INSERT INTO mc_db.result_window
SELECT
  leapc_c_1,
  order_id,
  region,
  amt
FROM (
  SELECT
    CAST('2024-01-31' AS DATE) AS leapc_c_1,
    order_id,
    region,
    amt,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC NULLS LAST) AS leapc_w_2
  FROM mc_db.orders
  WHERE
    order_dt BETWEEN CAST('2024-01-31' AS DATE) - 10 AND CAST('2024-01-31' AS DATE)
    AND (
      UPPER(RTRIM(region)) = 'EAST' OR 'EAST' IS NULL
    )
) AS leapc_t_3
WHERE
  leapc_w_2 = 1;

-- EXEC mc_db.load_window (from the macro body at line 40)
-- source: input.sql:43  [S130]
SELECT
  COUNT(*)
FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-01-31' AS DATE);

-- EXEC mc_db.load_window (from the macro body at line 33)
-- source: input.sql:44  [S140]
DELETE FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-02-15' AS DATE);

-- EXEC mc_db.load_window (from the macro body at line 34)
-- source: input.sql:44  [S150]
INSERT INTO mc_db.result_window
SELECT
  leapc_c_4,
  order_id,
  region,
  amt
FROM (
  SELECT
    CAST('2024-02-15' AS DATE) AS leapc_c_4,
    order_id,
    region,
    amt,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC NULLS LAST) AS leapc_w_5
  FROM mc_db.orders
  WHERE
    order_dt BETWEEN CAST('2024-02-15' AS DATE) - 7 AND CAST('2024-02-15' AS DATE)
    AND (
      region = NULL OR NULL IS NULL
    )
) AS leapc_t_6
WHERE
  leapc_w_5 = 1;

-- EXEC mc_db.load_window (from the macro body at line 40)
-- source: input.sql:44  [S160]
SELECT
  COUNT(*)
FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-02-15' AS DATE);

-- EXEC mc_db.load_window (from the macro body at line 33)
-- source: input.sql:45  [S170]
DELETE FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-01-31' AS DATE);

-- EXEC mc_db.load_window (from the macro body at line 34)
-- source: input.sql:45  [S180]
INSERT INTO mc_db.result_window
SELECT
  leapc_c_7,
  order_id,
  region,
  amt
FROM (
  SELECT
    CAST('2024-01-31' AS DATE) AS leapc_c_7,
    order_id,
    region,
    amt,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY amt DESC NULLS LAST) AS leapc_w_8
  FROM mc_db.orders
  WHERE
    order_dt BETWEEN CAST('2024-01-31' AS DATE) - 7 AND CAST('2024-01-31' AS DATE)
    AND (
      UPPER(RTRIM(region)) = 'WEST' OR 'WEST' IS NULL
    )
) AS leapc_t_9
WHERE
  leapc_w_8 = 1;

-- EXEC mc_db.load_window (from the macro body at line 40)
-- source: input.sql:45  [S190]
SELECT
  COUNT(*)
FROM mc_db.result_window
WHERE
  asof_dt = CAST('2024-01-31' AS DATE);
