-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- In a Teradata-mode session (BTEQ's usual mode) a character column declared without
--    CASESPECIFIC is NOT CASESPECIFIC: comparisons and grouping ignore case
-- source: input.sql:3  [S010]
CREATE TABLE cs_db.accounts (
  acct_id INTEGER NOT NULL,
  status VARCHAR(20),
  owner CHAR(8)
)
DISTKEY(acct_id);

-- source: input.sql:11  [S020]
INSERT INTO cs_db.accounts
VALUES
  (1, 'Active', 'ann');

-- source: input.sql:12  [S030]
INSERT INTO cs_db.accounts
VALUES
  (2, 'ACTIVE', 'Ann');

-- source: input.sql:13  [S040]
INSERT INTO cs_db.accounts
VALUES
  (3, 'closed', 'BOB');

-- source: input.sql:14  [S050]
INSERT INTO cs_db.accounts
VALUES
  (4, 'active ', 'bob');

-- source: input.sql:16  [S060]
CREATE TABLE cs_db.result_default_mode (
  check_name VARCHAR(40),
  cnt INTEGER
)
DISTKEY(check_name);

-- source: input.sql:23  [S070]
INSERT INTO cs_db.result_default_mode
SELECT
  'active_rows',
  COUNT(*)
FROM cs_db.accounts
WHERE
  UPPER(RTRIM(status)) = 'ACTIVE';

-- source: input.sql:25  [S080]
INSERT INTO cs_db.result_default_mode
SELECT
  'status_groups',
  COUNT(*)
FROM (
  SELECT
    MIN(status) AS status
  FROM cs_db.accounts
  GROUP BY
    UPPER(RTRIM(status))
) AS g;

-- source: input.sql:27  [S090]
INSERT INTO cs_db.result_default_mode
SELECT
  'distinct_owners',
  COUNT(DISTINCT UPPER(RTRIM(owner)))
FROM cs_db.accounts;

-- source: input.sql:29  [S100]
INSERT INTO cs_db.result_default_mode
SELECT
  'owner_bob',
  COUNT(*)
FROM cs_db.accounts
WHERE
  UPPER(RTRIM(owner)) = 'BOB';
