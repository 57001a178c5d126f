-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- NOT CASESPECIFIC (default) versus CASESPECIFIC columns in =, IN, LIKE and CASE, and the
--    (CASESPECIFIC) / (NOT CASESPECIFIC) attribute overrides inside predicates
-- source: input.sql:3  [S010]
CREATE TABLE ncs_db.tickets (
  id INTEGER NOT NULL,
  status VARCHAR(20),
  code VARCHAR(12),
  note VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:12  [S020]
INSERT INTO ncs_db.tickets
VALUES
  (1, 'Open', 'AbC', 'urgent: fix');

-- source: input.sql:13  [S030]
INSERT INTO ncs_db.tickets
VALUES
  (2, 'OPEN  ', 'abc', 'Urgent');

-- source: input.sql:14  [S040]
INSERT INTO ncs_db.tickets
VALUES
  (3, 'closed', 'ABC', 'later');

-- source: input.sql:15  [S050]
INSERT INTO ncs_db.tickets
VALUES
  (4, 'Pending', 'AbC ', 'URGENT later');

-- source: input.sql:16  [S060]
INSERT INTO ncs_db.tickets
VALUES
  (5, NULL, NULL, NULL);

-- source: input.sql:18  [S070]
CREATE TABLE ncs_db.result_predicates (
  check_name VARCHAR(40),
  cnt INTEGER,
  id_sum INTEGER
)
DISTKEY(check_name);

-- source: input.sql:26  [S080]
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_eq',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(RTRIM(status)) = 'OPEN';

-- source: input.sql:28  [S090]
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_in',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(RTRIM(status)) IN ('PENDING', 'CLOSED');

-- source: input.sql:30  [S100]
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_like',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(note) LIKE 'URGENT%';

-- source: input.sql:32  [S110]
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_case',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  CASE
    WHEN UPPER(RTRIM(status)) = 'OPEN'
    THEN 1
    WHEN UPPER(status) LIKE 'C%'
    THEN 2
    ELSE 3
  END = 2;

-- source: input.sql:35  [S120]
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_eq',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  RTRIM(code) = 'AbC';

-- source: input.sql:37  [S130]
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_like',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  code LIKE 'a%';

-- source: input.sql:39  [S140]
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_override_ncs',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(RTRIM(code)) = 'ABC';

-- source: input.sql:41  [S150]
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_override_cs',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  RTRIM(status) = 'Open';

-- source: input.sql:43  [S160]
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_upper',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  RTRIM(UPPER(code)) = 'ABC';
