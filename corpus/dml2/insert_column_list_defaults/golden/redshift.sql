-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INSERT with a column list in another order than the table, with fewer columns than the table:
--    omitted columns take their DEFAULT constant, WITH DEFAULT system defaults (0, blanks, empty
--    string) or NULL when no default is declared
-- source: input.sql:4  [S010]
CREATE TABLE dml2_db.accts (
  acct_id INTEGER NOT NULL,
  kind CHAR(3) NOT NULL DEFAULT 'STD',
  bal DECIMAL(9, 2) DEFAULT 0.50,
  tier SMALLINT DEFAULT 0,
  code CHAR(2) DEFAULT ' ',
  memo VARCHAR(20),
  prio INTEGER NOT NULL DEFAULT -1
)
DISTKEY(acct_id);

-- source: input.sql:16  [S020]
CREATE TABLE dml2_db.src (
  a INTEGER,
  b VARCHAR(20),
  c DECIMAL(9, 2)
)
DISTKEY(a);

-- source: input.sql:24  [S030]
INSERT INTO dml2_db.src
VALUES
  (10, 'ten', 10.10);

-- source: input.sql:25  [S040]
INSERT INTO dml2_db.src
VALUES
  (20, NULL, NULL);

-- source: input.sql:27  [S050]
INSERT INTO dml2_db.accts (
  acct_id
)
VALUES
  (1);

-- source: input.sql:28  [S060]
INSERT INTO dml2_db.accts (
  memo,
  prio,
  acct_id
)
VALUES
  ('m2', 5, 2);

-- source: input.sql:29  [S070]
INSERT INTO dml2_db.accts (
  bal,
  acct_id,
  kind
)
VALUES
  (NULL, 3, 'VIP');

-- source: input.sql:31  [S080]
INSERT INTO dml2_db.accts (
  memo,
  bal,
  acct_id
)
SELECT
  b,
  c,
  a
FROM dml2_db.src;

-- source: input.sql:34  [S090]
INSERT INTO dml2_db.accts (
  prio,
  acct_id,
  tier
)
SELECT
  a * 2,
  a + 1,
  a / 3
FROM dml2_db.src
WHERE
  a = 20;

-- source: input.sql:37  [S100]
CREATE TABLE dml2_db.result_ins_defaults (
  acct_id INTEGER,
  kind CHAR(3),
  bal DECIMAL(9, 2),
  tier SMALLINT,
  code_is_null CHAR(1),
  code_len INTEGER,
  memo VARCHAR(20),
  prio INTEGER
)
DISTKEY(acct_id);

-- source: input.sql:50  [S110]
INSERT INTO dml2_db.result_ins_defaults
SELECT
  acct_id,
  kind,
  bal,
  tier,
  CASE WHEN code IS NULL THEN 'Y' ELSE 'N' END,
  LENGTH(TRIM(code)),
  memo,
  prio
FROM dml2_db.accts;
