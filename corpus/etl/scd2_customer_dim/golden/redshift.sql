-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Nightly customer load: dedupe staging with QUALIFY into a volatile table, close changed
--    SCD2 versions with UPDATE ... FROM, insert new versions with a LEFT JOIN anti-join
-- source: input.sql:3  [S010]
CREATE TABLE etl_db.stg_customer (
  cust_id INTEGER,
  cust_name VARCHAR(60),
  city VARCHAR(40),
  seg_code CHAR(3),
  extract_ts TIMESTAMP
)
DISTKEY(cust_id);

-- source: input.sql:13  [S020]
CREATE TABLE etl_db.dim_customer (
  cust_sk INTEGER NOT NULL,
  cust_id INTEGER NOT NULL,
  cust_name VARCHAR(60),
  city VARCHAR(40),
  seg_code CHAR(3),
  eff_dt DATE NOT NULL,
  end_dt DATE NOT NULL,
  curr_flag CHAR(1) NOT NULL
)
DISTKEY(cust_id);

-- source: input.sql:26  [S030]
INSERT INTO etl_db.dim_customer
VALUES
  (
    1,
    100,
    'Ann Lee',
    'Paris',
    'GLD',
    CAST('2023-01-01' AS DATE),
    CAST('9999-12-31' AS DATE),
    'Y'
  );

-- source: input.sql:27  [S040]
INSERT INTO etl_db.dim_customer
VALUES
  (
    2,
    200,
    'Bob Ray',
    'Lyon',
    'SLV',
    CAST('2023-01-01' AS DATE),
    CAST('9999-12-31' AS DATE),
    'Y'
  );

-- source: input.sql:28  [S050]
INSERT INTO etl_db.dim_customer
VALUES
  (
    3,
    300,
    'Cy Moe',
    'Nice',
    NULL,
    CAST('2023-01-01' AS DATE),
    CAST('9999-12-31' AS DATE),
    'Y'
  );

-- source: input.sql:30  [S060]
INSERT INTO etl_db.stg_customer
VALUES
  (100, '  ann lee ', 'Marseille', 'GLD', CAST('2024-03-01 10:00:00' AS TIMESTAMP));

-- source: input.sql:31  [S070]
INSERT INTO etl_db.stg_customer
VALUES
  (100, 'Ann Lee', 'Paris', 'GLD', CAST('2024-03-01 08:00:00' AS TIMESTAMP));

-- source: input.sql:32  [S080]
INSERT INTO etl_db.stg_customer
VALUES
  (100, 'Ann Lee', 'Toulouse', 'GLD', NULL);

-- source: input.sql:33  [S090]
INSERT INTO etl_db.stg_customer
VALUES
  (200, 'Bob Ray', 'LYON  ', 'slv', CAST('2024-03-01 09:00:00' AS TIMESTAMP));

-- source: input.sql:34  [S100]
INSERT INTO etl_db.stg_customer
VALUES
  (300, 'Cy Moe', 'Nice', 'BRZ', CAST('2024-03-01 09:00:00' AS TIMESTAMP));

-- source: input.sql:35  [S110]
INSERT INTO etl_db.stg_customer
VALUES
  (400, ' Dee Fox', NULL, 'brz', CAST('2024-03-01 11:00:00' AS TIMESTAMP));

-- source: input.sql:37  [S120]
CREATE TEMPORARY TABLE v_cust AS
SELECT
  cust_id,
  cust_name,
  city,
  seg_code
FROM (
  SELECT
    cust_id,
    TRIM(cust_name) AS cust_name,
    city,
    UPPER(seg_code) AS seg_code,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY extract_ts DESC NULLS LAST) AS leapc_w_1
  FROM etl_db.stg_customer
) AS leapc_t_2
WHERE
  leapc_w_1 = 1;

-- source: input.sql:44  [S130]
UPDATE etl_db.dim_customer AS d SET end_dt = CAST('2024-03-01' AS DATE) - 1, curr_flag = 'N'
FROM v_cust AS v
WHERE
  d.cust_id = v.cust_id
  AND UPPER(RTRIM(d.curr_flag)) = 'Y'
  AND (
    UPPER(RTRIM(d.city)) <> UPPER(RTRIM(v.city))
    OR (
      d.city IS NULL AND NOT v.city IS NULL
    )
    OR (
      NOT d.city IS NULL AND v.city IS NULL
    )
    OR RTRIM(COALESCE(d.seg_code, '~')) <> RTRIM(COALESCE(v.seg_code, '~'))
  );

-- source: input.sql:55  [S140]
INSERT INTO etl_db.dim_customer
SELECT
  m.max_sk + ROW_NUMBER() OVER (ORDER BY v.cust_id NULLS FIRST),
  v.cust_id,
  v.cust_name,
  v.city,
  v.seg_code,
  CAST('2024-03-01' AS DATE),
  CAST('9999-12-31' AS DATE),
  'Y'
FROM v_cust AS v
LEFT JOIN etl_db.dim_customer AS d
  ON d.cust_id = v.cust_id AND UPPER(RTRIM(d.curr_flag)) = 'Y'
CROSS JOIN (
  SELECT
    COALESCE(MAX(cust_sk), 0) AS max_sk
  FROM etl_db.dim_customer
) AS m
WHERE
  d.cust_id IS NULL;

-- source: input.sql:65  [S150]
CREATE TABLE etl_db.result_dim_customer (
  cust_sk INTEGER,
  cust_id INTEGER,
  cust_name VARCHAR(60),
  city VARCHAR(40),
  seg_code CHAR(3),
  eff_dt DATE,
  end_dt DATE,
  curr_flag CHAR(1)
)
DISTKEY(cust_sk);

-- source: input.sql:78  [S160]
INSERT INTO etl_db.result_dim_customer
SELECT
  cust_sk,
  cust_id,
  cust_name,
  city,
  seg_code,
  eff_dt,
  end_dt,
  curr_flag
FROM etl_db.dim_customer;
