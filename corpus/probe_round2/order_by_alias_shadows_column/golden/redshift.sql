-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Report extracts whose select aliases reuse the physical column names: ORDER BY <name>
--    (also for TOP ... WITH TIES) sorts on the table column, not on the aliased expression
-- source: input.sql:3  [S010]
CREATE TABLE rp_db.cust_bal (
  cust_id INTEGER NOT NULL,
  region VARCHAR(10),
  bal_amt DECIMAL(10, 2)
)
DISTKEY(cust_id);

-- source: input.sql:11  [S020]
INSERT INTO rp_db.cust_bal
VALUES
  (1, 'N', 100.00);

-- source: input.sql:12  [S030]
INSERT INTO rp_db.cust_bal
VALUES
  (2, NULL, 300.00);

-- source: input.sql:13  [S040]
INSERT INTO rp_db.cust_bal
VALUES
  (3, 'S', 200.00);

-- source: input.sql:14  [S050]
INSERT INTO rp_db.cust_bal
VALUES
  (4, NULL, 50.00);

-- source: input.sql:15  [S060]
INSERT INTO rp_db.cust_bal
VALUES
  (5, 'E', 400.00);

-- source: input.sql:16  [S070]
INSERT INTO rp_db.cust_bal
VALUES
  (6, 'W', NULL);

-- source: input.sql:17  [S080]
INSERT INTO rp_db.cust_bal
VALUES
  (7, 'W', -20.00);

-- source: input.sql:19  [S090]
CREATE TABLE rp_db.result_extract (
  list_cd VARCHAR(16),
  cust_id INTEGER,
  region VARCHAR(10),
  bal_amt DECIMAL(10, 2)
)
DISTKEY(cust_id);

-- region (the column) sorts NULL first, whatever the alias shows
-- source: input.sql:29  [S100]
INSERT INTO rp_db.result_extract
SELECT
  'FIRST2',
  cust_id,
  COALESCE(region, 'ZZ') AS region,
  bal_amt
FROM rp_db.cust_bal
ORDER BY
  UPPER(RTRIM(region)) NULLS FIRST,
  cust_id NULLS FIRST
LIMIT 2;

-- the alias bal_amt is the negated balance; ORDER BY bal_amt DESC still means the stored balance
-- source: input.sql:35  [S110]
INSERT INTO rp_db.result_extract
SELECT
  SUBSTRING(leapc_c_1 FROM 1 FOR 8),
  cust_id,
  region,
  bal_amt
FROM (
  SELECT
    'BIGGEST' AS leapc_c_1,
    cust_id,
    region,
    -bal_amt AS bal_amt,
    RANK() OVER (ORDER BY -bal_amt DESC NULLS LAST) AS leapc_w_2
  FROM rp_db.cust_bal
) AS leapc_t_3
WHERE
  leapc_w_2 <= 1
ORDER BY
  bal_amt DESC NULLS LAST;

-- lowest balance: the column's NULL sorts first even though the alias shows it as 0
-- source: input.sql:41  [S120]
INSERT INTO rp_db.result_extract
SELECT
  'LOWEST',
  cust_id,
  region,
  COALESCE(bal_amt, 0) AS bal_amt
FROM rp_db.cust_bal
ORDER BY
  bal_amt NULLS FIRST
LIMIT 1;
