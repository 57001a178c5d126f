-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Short keys built by CAST to a narrower VARCHAR (Teradata truncates silently), SUBSTRING FROM/FOR
--    forms past the end of the string, and LPAD/RPAD to fixed widths
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.supplier (
  sup_id INTEGER NOT NULL,
  sup_nm VARCHAR(80),
  country VARCHAR(40),
  seq_no INTEGER
)
DISTKEY(sup_id);

-- source: input.sql:12  [S020]
INSERT INTO sd_db.supplier
VALUES
  (1, 'Acme Industrial Supplies', 'Germany', 7);

-- source: input.sql:13  [S030]
INSERT INTO sd_db.supplier
VALUES
  (2, 'Bolt', 'UK', 42);

-- source: input.sql:14  [S040]
INSERT INTO sd_db.supplier
VALUES
  (3, 'Cogsworth Ltd', NULL, 123456);

-- source: input.sql:15  [S050]
INSERT INTO sd_db.supplier
VALUES
  (4, NULL, 'France', NULL);

-- source: input.sql:16  [S060]
INSERT INTO sd_db.supplier
VALUES
  (5, 'Dynamo', 'Spain', 0);

-- source: input.sql:18  [S070]
CREATE TABLE sd_db.result_sup_keys (
  sup_id INTEGER,
  short_nm VARCHAR(80),
  sup_key VARCHAR(80),
  mid_part VARCHAR(80),
  tail_part VARCHAR(80),
  seq_txt VARCHAR(80),
  short_len INTEGER
)
DISTKEY(sup_id);

-- source: input.sql:30  [S080]
INSERT INTO sd_db.result_sup_keys
SELECT
  sup_id,
  CAST(sup_nm AS VARCHAR(8)),
  CAST(country AS VARCHAR(3)) || '-' || CAST(sup_nm AS VARCHAR(4)),
  SUBSTRING(sup_nm FROM 3 FOR 4),
  SUBSTRING(SUBSTRING(sup_nm FROM 6) FROM 1 FOR 40),
  LPAD(CAST(seq_no AS VARCHAR(10)), 5, '0'),
  LENGTH(CAST(sup_nm AS VARCHAR(8)))
FROM sd_db.supplier;
