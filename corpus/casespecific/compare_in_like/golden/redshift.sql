-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- NOT CASESPECIFIC columns compare case-blind with =, IN and LIKE; CASESPECIFIC columns do not
-- source: input.sql:2  [S010]
CREATE TABLE cs_db.people (
  id INTEGER NOT NULL,
  name VARCHAR(40),
  code VARCHAR(20)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO cs_db.people
VALUES
  (1, 'Smith', 'Ab');

-- source: input.sql:11  [S030]
INSERT INTO cs_db.people
VALUES
  (2, 'SMITH', 'AB');

-- source: input.sql:12  [S040]
INSERT INTO cs_db.people
VALUES
  (3, 'smith ', 'ab');

-- source: input.sql:13  [S050]
INSERT INTO cs_db.people
VALUES
  (4, 'Jones', 'aB');

-- source: input.sql:15  [S060]
CREATE TABLE cs_db.result_compare (
  check_name VARCHAR(40),
  cnt INTEGER
)
DISTKEY(check_name);

-- source: input.sql:22  [S070]
INSERT INTO cs_db.result_compare
SELECT
  'ncs_eq',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(RTRIM(name)) = 'SMITH';

-- source: input.sql:23  [S080]
INSERT INTO cs_db.result_compare
SELECT
  'ncs_in',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(RTRIM(name)) IN ('SMITH', 'JONES');

-- source: input.sql:24  [S090]
INSERT INTO cs_db.result_compare
SELECT
  'ncs_like',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(name) LIKE 'SM%';

-- source: input.sql:25  [S100]
INSERT INTO cs_db.result_compare
SELECT
  'ncs_ne',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(RTRIM(name)) <> 'SMITH';

-- source: input.sql:26  [S110]
INSERT INTO cs_db.result_compare
SELECT
  'cs_eq',
  COUNT(*)
FROM cs_db.people
WHERE
  RTRIM(code) = 'AB';

-- source: input.sql:27  [S120]
INSERT INTO cs_db.result_compare
SELECT
  'cs_in',
  COUNT(*)
FROM cs_db.people
WHERE
  RTRIM(code) IN ('ab', 'Ab');

-- source: input.sql:28  [S130]
INSERT INTO cs_db.result_compare
SELECT
  'cs_like',
  COUNT(*)
FROM cs_db.people
WHERE
  code LIKE 'a%';

-- source: input.sql:29  [S140]
INSERT INTO cs_db.result_compare
SELECT
  'cs_upper',
  COUNT(*)
FROM cs_db.people
WHERE
  RTRIM(UPPER(code)) = 'AB';
