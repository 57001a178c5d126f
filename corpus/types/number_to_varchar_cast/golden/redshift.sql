-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Explicit CAST of INTEGER and DECIMAL to VARCHAR/CHAR: left-justified, no leading blanks, the
--    DECIMAL scale kept; used to build keys
-- source: input.sql:3  [S010]
CREATE TABLE typ_db.accounts (
  id INTEGER NOT NULL,
  branch SMALLINT,
  balance DECIMAL(9, 2)
)
DISTKEY(id);

-- source: input.sql:11  [S020]
INSERT INTO typ_db.accounts
VALUES
  (7, 12, 1234.50);

-- source: input.sql:12  [S030]
INSERT INTO typ_db.accounts
VALUES
  (42, -3, -3.25);

-- source: input.sql:13  [S040]
INSERT INTO typ_db.accounts
VALUES
  (1005, 0, 10.00);

-- source: input.sql:14  [S050]
INSERT INTO typ_db.accounts
VALUES
  (9, NULL, NULL);

-- source: input.sql:16  [S060]
CREATE TABLE typ_db.result_num_text (
  id INTEGER,
  id_txt VARCHAR(24),
  acct_key VARCHAR(60),
  bal_txt VARCHAR(40),
  id_len INTEGER,
  bal_len INTEGER
)
DISTKEY(id);

-- source: input.sql:27  [S070]
INSERT INTO typ_db.result_num_text
SELECT
  id,
  CAST(id AS VARCHAR(12)),
  'A-' || CAST(branch AS VARCHAR(6)) || '-' || CAST(id AS VARCHAR(12)),
  CAST(balance AS VARCHAR(20)),
  LENGTH(CAST(id AS VARCHAR(12))),
  LENGTH(CAST(balance AS VARCHAR(20)))
FROM typ_db.accounts;
