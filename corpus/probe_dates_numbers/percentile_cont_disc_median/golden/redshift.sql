-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Basket-size distribution per channel: exact percentiles (interpolated and discrete) and median
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.baskets (
  basket_id INTEGER NOT NULL,
  channel VARCHAR(10),
  basket_amt DECIMAL(9, 2)
)
DISTKEY(basket_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.baskets
VALUES
  (1, 'WEB', 10.00);

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.baskets
VALUES
  (2, 'WEB', 20.00);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.baskets
VALUES
  (3, 'WEB', 30.00);

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.baskets
VALUES
  (4, 'WEB', 40.00);

-- source: input.sql:14  [S060]
INSERT INTO pdn_db.baskets
VALUES
  (5, 'WEB', NULL);

-- source: input.sql:15  [S070]
INSERT INTO pdn_db.baskets
VALUES
  (6, 'STORE', 5.00);

-- source: input.sql:16  [S080]
INSERT INTO pdn_db.baskets
VALUES
  (7, 'STORE', 7.00);

-- source: input.sql:17  [S090]
INSERT INTO pdn_db.baskets
VALUES
  (8, 'STORE', 100.00);

-- source: input.sql:18  [S100]
INSERT INTO pdn_db.baskets
VALUES
  (9, 'APP', 12.50);

-- source: input.sql:20  [S110]
CREATE TABLE pdn_db.result_basket_pct (
  channel VARCHAR(10),
  p50_cont DECIMAL(10, 2),
  p25_cont DECIMAL(10, 2),
  p90_disc DECIMAL(10, 2),
  med_amt DECIMAL(10, 2)
)
DISTKEY(channel);

-- source: input.sql:30  [S120]
INSERT INTO pdn_db.result_basket_pct
SELECT
  MIN(channel) AS channel,
  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
    basket_amt NULLS FIRST),
  PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY
    basket_amt NULLS FIRST),
  PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY
    basket_amt NULLS FIRST),
  MEDIAN(basket_amt)
FROM pdn_db.baskets
GROUP BY
  UPPER(RTRIM(channel));
