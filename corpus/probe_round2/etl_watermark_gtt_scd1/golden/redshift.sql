-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Incremental SCD1 load driven by a watermark: delta staged in a global temporary table that is
--    emptied and reused for every run, deduplicated, merged, counted in an audit table
-- source: input.sql:3  [S010]
CREATE TABLE inc_db.load_ctl (
  tbl_nm VARCHAR(40) NOT NULL,
  last_ts TIMESTAMP
)
DISTKEY(tbl_nm);

-- source: input.sql:10  [S020]
CREATE TABLE inc_db.src_cust (
  cust_id INTEGER,
  cust_nm VARCHAR(40),
  tier CHAR(4),
  upd_ts TIMESTAMP,
  src_seq INTEGER
)
DISTKEY(cust_id);

-- source: input.sql:20  [S030]
CREATE TABLE inc_db.cust_dim (
  cust_id INTEGER NOT NULL,
  cust_nm VARCHAR(40),
  tier CHAR(4)
)
DISTKEY(cust_id);

-- source: input.sql:28  [S040]
CREATE TEMPORARY TABLE gt_cust_delta (
  cust_id INTEGER,
  cust_nm VARCHAR(40),
  tier CHAR(4),
  upd_ts TIMESTAMP
);

-- source: input.sql:38  [S050]
CREATE TABLE inc_db.load_audit (
  step_cd VARCHAR(60),
  row_cnt INTEGER,
  wm_ts TIMESTAMP
)
DISTKEY(step_cd);

-- source: input.sql:46  [S060]
INSERT INTO inc_db.load_ctl
VALUES
  ('CUST', CAST('2024-05-01 00:00:00' AS TIMESTAMP));

-- source: input.sql:47  [S070]
INSERT INTO inc_db.cust_dim
VALUES
  (1, 'Ann', 'GOLD');

-- source: input.sql:48  [S080]
INSERT INTO inc_db.cust_dim
VALUES
  (2, 'Bob', 'BRNZ');

-- source: input.sql:50  [S090]
INSERT INTO inc_db.src_cust
VALUES
  (1, 'Ann', 'GOLD', CAST('2024-04-30 10:00:00' AS TIMESTAMP), 1);

-- source: input.sql:51  [S100]
INSERT INTO inc_db.src_cust
VALUES
  (1, 'Ann', 'PLAT', CAST('2024-05-02 09:00:00' AS TIMESTAMP), 2);

-- source: input.sql:52  [S110]
INSERT INTO inc_db.src_cust
VALUES
  (1, 'Ann B', 'PLAT', CAST('2024-05-02 09:00:00' AS TIMESTAMP), 3);

-- source: input.sql:53  [S120]
INSERT INTO inc_db.src_cust
VALUES
  (2, 'Bob', 'SILV', CAST('2024-05-01 00:00:00' AS TIMESTAMP), 4);

-- source: input.sql:54  [S130]
INSERT INTO inc_db.src_cust
VALUES
  (3, 'Cy', NULL, CAST('2024-05-03 12:00:00' AS TIMESTAMP), 5);

-- source: input.sql:55  [S140]
INSERT INTO inc_db.src_cust
VALUES
  (4, 'Di', 'GOLD', NULL, 6);

-- ---- run 1 ----
-- source: input.sql:58  [S150]
DELETE FROM gt_cust_delta;

-- source: input.sql:59  [S160]
INSERT INTO gt_cust_delta
SELECT
  cust_id,
  cust_nm,
  tier,
  upd_ts
FROM (
  SELECT
    s.cust_id,
    s.cust_nm,
    s.tier,
    s.upd_ts,
    ROW_NUMBER() OVER (
      PARTITION BY s.cust_id
      ORDER BY s.upd_ts DESC NULLS LAST, s.src_seq DESC NULLS LAST
    ) AS leapc_w_1
  FROM inc_db.src_cust AS s, inc_db.load_ctl AS c
  WHERE
    UPPER(RTRIM(c.tbl_nm)) = 'CUST' AND s.upd_ts > c.last_ts
) AS leapc_t_2
WHERE
  leapc_w_1 = 1;

-- source: input.sql:66  [S170]
INSERT INTO inc_db.load_audit
SELECT
  'RUN1_DELTA',
  COUNT(*),
  NULL
FROM gt_cust_delta;

-- source: input.sql:68  [S180]
MERGE INTO inc_db.cust_dim
USING gt_cust_delta AS s
ON cust_dim.cust_id = s.cust_id
WHEN MATCHED THEN UPDATE SET
  cust_nm = s.cust_nm,
  tier = s.tier
WHEN NOT MATCHED THEN INSERT (cust_id, cust_nm, tier) VALUES (s.cust_id, s.cust_nm, s.tier);

-- source: input.sql:74  [S190]
UPDATE inc_db.load_ctl SET last_ts = COALESCE((
  SELECT
    MAX(upd_ts)
  FROM gt_cust_delta
), last_ts)
WHERE
  UPPER(RTRIM(tbl_nm)) = 'CUST';

-- ---- new feed rows arrive ----
-- source: input.sql:79  [S200]
INSERT INTO inc_db.src_cust
VALUES
  (2, 'Bob', 'GOLD', CAST('2024-05-03 12:00:00' AS TIMESTAMP), 7);

-- source: input.sql:80  [S210]
INSERT INTO inc_db.src_cust
VALUES
  (3, 'Cy', 'SILV', CAST('2024-05-04 08:00:00' AS TIMESTAMP), 8);

-- ---- run 2 ----
-- source: input.sql:83  [S220]
DELETE FROM gt_cust_delta;

-- source: input.sql:84  [S230]
INSERT INTO gt_cust_delta
SELECT
  cust_id,
  cust_nm,
  tier,
  upd_ts
FROM (
  SELECT
    s.cust_id,
    s.cust_nm,
    s.tier,
    s.upd_ts,
    ROW_NUMBER() OVER (
      PARTITION BY s.cust_id
      ORDER BY s.upd_ts DESC NULLS LAST, s.src_seq DESC NULLS LAST
    ) AS leapc_w_3
  FROM inc_db.src_cust AS s, inc_db.load_ctl AS c
  WHERE
    UPPER(RTRIM(c.tbl_nm)) = 'CUST' AND s.upd_ts > c.last_ts
) AS leapc_t_4
WHERE
  leapc_w_3 = 1;

-- source: input.sql:91  [S240]
INSERT INTO inc_db.load_audit
SELECT
  'RUN2_DELTA',
  COUNT(*),
  NULL
FROM gt_cust_delta;

-- source: input.sql:93  [S250]
MERGE INTO inc_db.cust_dim
USING gt_cust_delta AS s
ON cust_dim.cust_id = s.cust_id
WHEN MATCHED THEN UPDATE SET
  cust_nm = s.cust_nm,
  tier = s.tier
WHEN NOT MATCHED THEN INSERT (cust_id, cust_nm, tier) VALUES (s.cust_id, s.cust_nm, s.tier);

-- source: input.sql:99  [S260]
UPDATE inc_db.load_ctl SET last_ts = COALESCE((
  SELECT
    MAX(upd_ts)
  FROM gt_cust_delta
), last_ts)
WHERE
  UPPER(RTRIM(tbl_nm)) = 'CUST';

-- ---- run 3: nothing new ----
-- source: input.sql:104  [S270]
DELETE FROM gt_cust_delta;

-- source: input.sql:105  [S280]
INSERT INTO gt_cust_delta
SELECT
  cust_id,
  cust_nm,
  tier,
  upd_ts
FROM (
  SELECT
    s.cust_id,
    s.cust_nm,
    s.tier,
    s.upd_ts,
    ROW_NUMBER() OVER (
      PARTITION BY s.cust_id
      ORDER BY s.upd_ts DESC NULLS LAST, s.src_seq DESC NULLS LAST
    ) AS leapc_w_5
  FROM inc_db.src_cust AS s, inc_db.load_ctl AS c
  WHERE
    UPPER(RTRIM(c.tbl_nm)) = 'CUST' AND s.upd_ts > c.last_ts
) AS leapc_t_6
WHERE
  leapc_w_5 = 1;

-- source: input.sql:112  [S290]
INSERT INTO inc_db.load_audit
SELECT
  'RUN3_DELTA',
  COUNT(*),
  NULL
FROM gt_cust_delta;

-- source: input.sql:114  [S300]
UPDATE inc_db.load_ctl SET last_ts = COALESCE((
  SELECT
    MAX(upd_ts)
  FROM gt_cust_delta
), last_ts)
WHERE
  UPPER(RTRIM(tbl_nm)) = 'CUST';

-- source: input.sql:118  [S310]
INSERT INTO inc_db.load_audit
SELECT
  'WATERMARK',
  NULL,
  last_ts
FROM inc_db.load_ctl;

-- source: input.sql:119  [S320]
INSERT INTO inc_db.load_audit
SELECT
  'DIM ' || TRIM(cust_nm) || '/' || COALESCE(tier, '----') || '/',
  cust_id,
  NULL
FROM inc_db.cust_dim;
