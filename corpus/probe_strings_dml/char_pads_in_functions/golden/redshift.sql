-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Fixed-width CHAR(8) account codes fed to string functions: the pad blanks are part of the value,
--    so LPAD/RPAD keep them, INDEX/POSITION find them, and SUBSTRING returns them
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.ledger_acct (
  acct_id INTEGER NOT NULL,
  acct_cd CHAR(8),
  acct_nm VARCHAR(40)
)
DISTKEY(acct_id);

-- source: input.sql:11  [S020]
INSERT INTO sd_db.ledger_acct
VALUES
  (1, '4100', 'Sales');

-- source: input.sql:12  [S030]
INSERT INTO sd_db.ledger_acct
VALUES
  (2, '5200 X', 'Cost of goods');

-- source: input.sql:13  [S040]
INSERT INTO sd_db.ledger_acct
VALUES
  (3, '61000001', 'Payroll');

-- source: input.sql:14  [S050]
INSERT INTO sd_db.ledger_acct
VALUES
  (4, NULL, 'Suspense');

-- source: input.sql:16  [S060]
CREATE TABLE sd_db.result_acct_fmt (
  acct_id INTEGER,
  lpad_cd VARCHAR(24),
  rpad_cd VARCHAR(24),
  first_pad INTEGER,
  pos_pad INTEGER,
  tail_cd VARCHAR(24),
  tail_len INTEGER
)
DISTKEY(acct_id);

-- source: input.sql:28  [S070]
INSERT INTO sd_db.result_acct_fmt
SELECT
  acct_id,
  LPAD(RPAD(acct_cd, 8), 10, '0'),
  RPAD(RPAD(acct_cd, 8), 10, '*'),
  STRPOS(RPAD(acct_cd, 8), ' '),
  STRPOS(RPAD(acct_cd, 8), ' '),
  SUBSTRING(SUBSTRING(RPAD(acct_cd, 8) FROM 5) || '|' FROM 1 FOR 12),
  LENGTH(SUBSTRING(RPAD(acct_cd, 8) FROM 5))
FROM sd_db.ledger_acct;
