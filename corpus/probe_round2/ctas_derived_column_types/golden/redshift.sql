-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Work tables created from queries: the CTAS column types come from the select expressions
--    (a 'N' literal makes a 1-character column) and are copied again by CREATE TABLE ... AS t WITH NO DATA
-- source: input.sql:3  [S010]
CREATE TABLE ct_db.orders (
  order_id INTEGER NOT NULL,
  cust VARCHAR(20),
  amt DECIMAL(8, 2)
)
DISTKEY(order_id);

-- source: input.sql:11  [S020]
INSERT INTO ct_db.orders
VALUES
  (1, 'acme', 150.00);

-- source: input.sql:12  [S030]
INSERT INTO ct_db.orders
VALUES
  (2, 'acme', 50.00);

-- source: input.sql:13  [S040]
INSERT INTO ct_db.orders
VALUES
  (3, 'bolt', NULL);

-- source: input.sql:14  [S050]
INSERT INTO ct_db.orders
VALUES
  (4, 'bolt', 200.00);

-- source: input.sql:15  [S060]
INSERT INTO ct_db.orders
VALUES
  (5, 'cord', 10.00);

-- source: input.sql:17  [S070]
CREATE TABLE ct_db.order_flags
DISTKEY(order_id) AS
SELECT
  order_id,
  cust,
  'N' AS review_flag,
  amt
FROM ct_db.orders
WHERE
  NOT amt IS NULL;

-- Teradata-mode assignment truncates to the column's 1 character
-- source: input.sql:26  [S080]
UPDATE ct_db.order_flags SET review_flag = 'Y'
WHERE
  amt > 100;

-- source: input.sql:28  [S090]
CREATE TABLE ct_db.cust_totals (
  cust_cd,
  order_cnt,
  total_amt
)
DISTKEY(cust_cd) AS
SELECT
  MIN(cust) AS cust,
  COUNT(*),
  SUM(amt)
FROM ct_db.orders
GROUP BY
  UPPER(RTRIM(cust));

-- source: input.sql:36  [S100]
CREATE TABLE ct_db.result_ctas AS
SELECT
  *
FROM (
  SELECT
    *
  FROM ct_db.order_flags
) AS leapc_no_data
WHERE
  FALSE;

-- source: input.sql:38  [S110]
INSERT INTO ct_db.result_ctas
SELECT
  f.order_id,
  t.cust_cd,
  f.review_flag,
  t.total_amt
FROM ct_db.order_flags AS f
JOIN ct_db.cust_totals AS t
  ON f.cust = t.cust_cd;

-- source: input.sql:44  [S120]
INSERT INTO ct_db.result_ctas
VALUES
  (
    99,
    'ZZZ-LONG-N',
    'M',
    CASE
      WHEN ABS((
        1.006 * 100
      ) - TRUNC((
        1.006 * 100
      ))) = 0.5
      THEN (
        TRUNC((
          1.006 * 100
        )) + TRUNC((
          1.006 * 100
        )) % 2
      ) / 100
      ELSE ROUND(1.006, 2)
    END
  );
