-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Campaign targeting: TOP n inside derived tables, where the
--    ORDER BY decides which rows (NULLs, ties) are inside the cut
-- source: input.sql:3  [S010]
CREATE TABLE mk_db.cust_spend (
  cust_id INTEGER NOT NULL,
  region_cd VARCHAR(10),
  spend_amt DECIMAL(10, 2)
)
DISTKEY(cust_id);

-- source: input.sql:11  [S020]
CREATE TABLE mk_db.region_score (
  region_cd VARCHAR(10) NOT NULL,
  churn_pct DECIMAL(5, 2)
)
DISTKEY(region_cd);

-- source: input.sql:18  [S030]
INSERT INTO mk_db.cust_spend
VALUES
  (1, 'N1', 500.00);

-- source: input.sql:19  [S040]
INSERT INTO mk_db.cust_spend
VALUES
  (2, 'N1', NULL);

-- source: input.sql:20  [S050]
INSERT INTO mk_db.cust_spend
VALUES
  (3, 'S1', 800.00);

-- source: input.sql:21  [S060]
INSERT INTO mk_db.cust_spend
VALUES
  (4, 'S1', 500.00);

-- source: input.sql:22  [S070]
INSERT INTO mk_db.cust_spend
VALUES
  (5, 'E1', 120.00);

-- source: input.sql:23  [S080]
INSERT INTO mk_db.cust_spend
VALUES
  (6, 'W1', 90.00);

-- source: input.sql:25  [S090]
INSERT INTO mk_db.region_score
VALUES
  ('N1', 4.50);

-- source: input.sql:26  [S100]
INSERT INTO mk_db.region_score
VALUES
  ('S1', 2.10);

-- source: input.sql:27  [S110]
INSERT INTO mk_db.region_score
VALUES
  ('E1', NULL);

-- source: input.sql:28  [S120]
INSERT INTO mk_db.region_score
VALUES
  ('W1', 7.25);

-- source: input.sql:30  [S130]
CREATE TABLE mk_db.result_targets (
  list_cd VARCHAR(20),
  cust_id INTEGER,
  spend_amt DECIMAL(10, 2),
  churn_pct DECIMAL(5, 2)
)
DISTKEY(cust_id);

-- two biggest spenders (ties at the cut kept), enriched with their region's churn
-- source: input.sql:40  [S140]
INSERT INTO mk_db.result_targets
SELECT
  'TOPSPEND',
  d.cust_id,
  d.spend_amt,
  r.churn_pct
FROM (
  SELECT
    cust_id,
    region_cd,
    spend_amt
  FROM (
    SELECT
      cust_id,
      region_cd,
      spend_amt,
      RANK() OVER (ORDER BY spend_amt DESC NULLS LAST) AS leapc_w_1
    FROM mk_db.cust_spend
  ) AS leapc_t_2
  WHERE
    leapc_w_1 <= 2
  ORDER BY
    spend_amt DESC NULLS LAST
) AS d
LEFT JOIN mk_db.region_score AS r
  ON UPPER(RTRIM(r.region_cd)) = UPPER(RTRIM(d.region_cd));

-- customers of the region listed first by churn ascending (an unscored region sorts first)
-- source: input.sql:49  [S150]
INSERT INTO mk_db.result_targets
SELECT
  'LOWCHURN',
  c.cust_id,
  c.spend_amt,
  NULL
FROM mk_db.cust_spend AS c
JOIN (
  SELECT
    region_cd
  FROM mk_db.region_score
  ORDER BY
    churn_pct NULLS FIRST
  LIMIT 1
) AS lc
  ON UPPER(RTRIM(c.region_cd)) = UPPER(RTRIM(lc.region_cd));

-- the lowest spender overall: TOP 1 ascending puts the NULL spend first
-- source: input.sql:56  [S160]
INSERT INTO mk_db.result_targets
SELECT
  'LOWSPEND',
  d.cust_id,
  d.spend_amt,
  NULL
FROM (
  SELECT
    cust_id,
    spend_amt
  FROM mk_db.cust_spend
  ORDER BY
    spend_amt NULLS FIRST,
    cust_id NULLS FIRST
  LIMIT 1
) AS d;
