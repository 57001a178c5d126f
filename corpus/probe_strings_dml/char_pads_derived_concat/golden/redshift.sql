-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Building display keys from CHAR(n) columns: the pad blanks survive UPPER, COALESCE of two CHAR
--    columns, CAST to CHAR(n), and a copy into a VARCHAR staging column
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.customer (
  cust_id INTEGER NOT NULL,
  title_cd CHAR(4),
  pref_cd CHAR(4),
  alt_cd CHAR(4),
  nick_nm VARCHAR(20)
)
DISTKEY(cust_id);

-- source: input.sql:13  [S020]
INSERT INTO sd_db.customer
VALUES
  (1, 'mr', 'GOLD', 'SILV', 'Bob');

-- source: input.sql:14  [S030]
INSERT INTO sd_db.customer
VALUES
  (2, 'mrs', NULL, 'BR', 'Annie');

-- source: input.sql:15  [S040]
INSERT INTO sd_db.customer
VALUES
  (3, 'dr', 'PT', NULL, 'Doc');

-- source: input.sql:16  [S050]
INSERT INTO sd_db.customer
VALUES
  (4, NULL, NULL, NULL, NULL);

-- source: input.sql:17  [S060]
INSERT INTO sd_db.customer
VALUES
  (5, 'prof', 'X', 'Y', 'Sunshine');

-- source: input.sql:19  [S070]
CREATE TABLE sd_db.cust_stage (
  cust_id INTEGER,
  title_txt VARCHAR(24)
)
DISTKEY(cust_id);

-- source: input.sql:26  [S080]
INSERT INTO sd_db.cust_stage
SELECT
  cust_id,
  RPAD(title_cd, 4)
FROM sd_db.customer;

-- source: input.sql:30  [S090]
CREATE TABLE sd_db.result_cust_keys (
  cust_id INTEGER,
  title_key VARCHAR(40),
  tier_key VARCHAR(40),
  nick_key VARCHAR(40),
  nick_len INTEGER,
  stage_key VARCHAR(40),
  stage_len INTEGER
)
DISTKEY(cust_id);

-- source: input.sql:42  [S100]
INSERT INTO sd_db.result_cust_keys
SELECT
  c.cust_id,
  SUBSTRING(RPAD(UPPER(c.title_cd), 4) || '.' FROM 1 FOR 20),
  SUBSTRING(RPAD(COALESCE(c.pref_cd, c.alt_cd), 4) || '|' FROM 1 FOR 20),
  SUBSTRING(RPAD(CAST(c.nick_nm AS CHAR(6)), 6) || '|' FROM 1 FOR 20),
  CASE WHEN CAST(c.nick_nm AS CHAR(6)) IS NULL THEN NULL ELSE 6 END,
  s.title_txt || '|',
  LENGTH(s.title_txt)
FROM sd_db.customer AS c
INNER JOIN sd_db.cust_stage AS s
  ON s.cust_id = c.cust_id;
