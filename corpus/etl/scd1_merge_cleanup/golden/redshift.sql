-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- SCD1 supplier load: latest staging row per key with cleaned name and phone, MERGE with
--    COALESCE to keep known values, then flag suppliers missing from the feed inactive
-- source: input.sql:3  [S010]
CREATE TABLE etl_db.dim_supplier (
  supp_id INTEGER NOT NULL,
  supp_name VARCHAR(60),
  phone VARCHAR(40),
  status CHAR(1),
  upd_cnt INTEGER
)
DISTKEY(supp_id);

-- source: input.sql:13  [S020]
CREATE TABLE etl_db.stg_supplier (
  supp_id INTEGER,
  supp_name VARCHAR(60),
  phone VARCHAR(40),
  src_seq INTEGER
)
DISTKEY(supp_id);

-- source: input.sql:22  [S030]
INSERT INTO etl_db.dim_supplier
VALUES
  (1, 'Acme', '555-0100', 'A', 0);

-- source: input.sql:23  [S040]
INSERT INTO etl_db.dim_supplier
VALUES
  (2, 'Globex', '555-0200', 'A', 0);

-- source: input.sql:24  [S050]
INSERT INTO etl_db.dim_supplier
VALUES
  (3, 'Initech', NULL, 'A', 0);

-- source: input.sql:26  [S060]
INSERT INTO etl_db.stg_supplier
VALUES
  (1, ' ACME corp ', '(555) 0101', 1);

-- source: input.sql:27  [S070]
INSERT INTO etl_db.stg_supplier
VALUES
  (1, '  Acme Corp', '555.0102', 2);

-- source: input.sql:28  [S080]
INSERT INTO etl_db.stg_supplier
VALUES
  (2, 'Globex', NULL, 1);

-- source: input.sql:29  [S090]
INSERT INTO etl_db.stg_supplier
VALUES
  (4, 'Umbrella ', '555 0400', 1);

-- source: input.sql:30  [S100]
INSERT INTO etl_db.stg_supplier
VALUES
  (5, NULL, '5550500', 1);

-- source: input.sql:32  [S110]
CREATE TEMPORARY TABLE v_supp AS
SELECT
  supp_id,
  supp_name,
  phone
FROM (
  SELECT
    supp_id,
    TRIM(supp_name) AS supp_name,
    REPLACE(REPLACE(REPLACE(REPLACE(phone, '(', ''), ')', ''), '.', '-'), ' ', '-') AS phone,
    ROW_NUMBER() OVER (PARTITION BY supp_id ORDER BY src_seq DESC NULLS LAST) AS leapc_w_1
  FROM etl_db.stg_supplier
) AS leapc_t_2
WHERE
  leapc_w_1 = 1;

-- source: input.sql:41  [S120]
MERGE INTO etl_db.dim_supplier
USING v_supp AS s
ON dim_supplier.supp_id = s.supp_id
WHEN MATCHED THEN UPDATE SET
  supp_name = COALESCE(s.supp_name, dim_supplier.supp_name),
  phone = SUBSTRING(COALESCE(s.phone, dim_supplier.phone) FROM 1 FOR 20),
  upd_cnt = dim_supplier.upd_cnt + 1
WHEN NOT MATCHED THEN INSERT (supp_id, supp_name, phone, status, upd_cnt) VALUES (
  s.supp_id,
  COALESCE(s.supp_name, 'UNKNOWN'),
  SUBSTRING(s.phone FROM 1 FOR 20),
  'N',
  0
);

-- source: input.sql:51  [S130]
UPDATE etl_db.dim_supplier SET status = 'I'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM etl_db.stg_supplier AS s
    WHERE
      s.supp_id = etl_db.dim_supplier.supp_id
  );

-- source: input.sql:55  [S140]
CREATE TABLE etl_db.result_dim_supplier (
  supp_id INTEGER,
  supp_name VARCHAR(60),
  phone VARCHAR(40),
  status CHAR(1),
  upd_cnt INTEGER
)
DISTKEY(supp_id);

-- source: input.sql:65  [S150]
INSERT INTO etl_db.result_dim_supplier
SELECT
  supp_id,
  supp_name,
  phone,
  status,
  upd_cnt
FROM etl_db.dim_supplier;
