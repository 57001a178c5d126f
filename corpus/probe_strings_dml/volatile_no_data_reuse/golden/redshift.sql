-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- A volatile work table shaped by CREATE ... AS (query) WITH NO DATA, filled, changed and read by
--    later statements, then dropped and recreated with another shape
-- source: input.sql:3  [S010]
CREATE TABLE vt_db.customer_src (
  cust_id INTEGER NOT NULL,
  full_nm VARCHAR(80),
  region_cd CHAR(2),
  spend DECIMAL(10, 2)
)
DISTKEY(cust_id);

-- source: input.sql:12  [S020]
INSERT INTO vt_db.customer_src
VALUES
  (1, 'Alexandra Smith', 'N', 120.00);

-- source: input.sql:13  [S030]
INSERT INTO vt_db.customer_src
VALUES
  (2, 'Bo Li', 'SE', 80.50);

-- source: input.sql:14  [S040]
INSERT INTO vt_db.customer_src
VALUES
  (3, 'Christopher Orr', NULL, NULL);

-- source: input.sql:15  [S050]
INSERT INTO vt_db.customer_src
VALUES
  (4, 'Dee', 'w', 15.25);

-- source: input.sql:17  [S060]
CREATE TEMPORARY TABLE cust_work AS
SELECT
  *
FROM (
  SELECT
    cust_id,
    CAST(full_nm AS VARCHAR(8)) AS short_nm,
    region_cd,
    spend
  FROM vt_db.customer_src
) AS leapc_no_data
WHERE
  FALSE;

-- source: input.sql:28  [S070]
INSERT INTO cust_work
SELECT
  cust_id,
  SUBSTRING(full_nm FROM 1 FOR 8),
  region_cd,
  spend
FROM vt_db.customer_src;

-- source: input.sql:32  [S080]
UPDATE cust_work SET region_cd = 'XX'
WHERE
  region_cd IS NULL;

-- source: input.sql:33  [S090]
DELETE FROM cust_work
WHERE
  spend < 20.00;

-- source: input.sql:35  [S100]
CREATE TABLE vt_db.result_work (
  step INTEGER,
  cust_id INTEGER,
  short_nm VARCHAR(40),
  region_key VARCHAR(20),
  region_len INTEGER
)
DISTKEY(cust_id);

-- source: input.sql:45  [S110]
INSERT INTO vt_db.result_work
SELECT
  1,
  cust_id,
  short_nm,
  SUBSTRING(RPAD(region_cd, 2) || '|' FROM 1 FOR 10),
  CASE WHEN region_cd IS NULL THEN NULL ELSE 2 END
FROM cust_work;

-- source: input.sql:49  [S120]
DROP TABLE cust_work;

-- source: input.sql:51  [S130]
CREATE TEMPORARY TABLE cust_work (
  cust_id INTEGER,
  tier_cd CHAR(3)
);

-- source: input.sql:58  [S140]
INSERT INTO cust_work
SELECT
  cust_id,
  CASE WHEN spend >= 100 THEN 'TOP' WHEN spend IS NULL THEN 'NEW' ELSE 'STD' END
FROM vt_db.customer_src;

-- source: input.sql:62  [S150]
INSERT INTO vt_db.result_work
SELECT
  2,
  cust_id,
  RPAD(tier_cd, 3),
  NULL,
  NULL
FROM cust_work
WHERE
  UPPER(RTRIM(tier_cd)) <> 'STD';
