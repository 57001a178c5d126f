-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- QA extracts: SAMPLE n of the rows that pass WHERE, and SAMPLE larger than the table
--    (only row counts and membership are checked: the sampled rows themselves are random)
-- source: input.sql:3  [S010]
CREATE TABLE qa_db.claims (
  claim_id INTEGER NOT NULL,
  status VARCHAR(16),
  amt DECIMAL(9, 2)
)
DISTKEY(claim_id);

-- source: input.sql:11  [S020]
INSERT INTO qa_db.claims
VALUES
  (1, 'OPEN', 100.00);

-- source: input.sql:12  [S030]
INSERT INTO qa_db.claims
VALUES
  (2, 'CLOSED', 200.00);

-- source: input.sql:13  [S040]
INSERT INTO qa_db.claims
VALUES
  (3, 'CLOSED', 300.00);

-- source: input.sql:14  [S050]
INSERT INTO qa_db.claims
VALUES
  (4, 'CLOSED', 400.00);

-- source: input.sql:15  [S060]
INSERT INTO qa_db.claims
VALUES
  (5, 'CLOSED', 500.00);

-- source: input.sql:16  [S070]
INSERT INTO qa_db.claims
VALUES
  (6, 'CLOSED', 600.00);

-- source: input.sql:17  [S080]
INSERT INTO qa_db.claims
VALUES
  (7, 'OPEN', 70.00);

-- source: input.sql:18  [S090]
INSERT INTO qa_db.claims
VALUES
  (8, 'OPEN', NULL);

-- source: input.sql:20  [S100]
CREATE TABLE qa_db.claim_sample (
  sample_cd VARCHAR(20),
  claim_id INTEGER,
  status VARCHAR(16)
)
DISTKEY(claim_id);

-- source: input.sql:28  [S110]
CREATE TABLE qa_db.result_sample_check (
  sample_cd VARCHAR(20),
  n_rows INTEGER,
  n_distinct INTEGER,
  n_status INTEGER
)
DISTKEY(sample_cd);

-- source: input.sql:37  [S120]
INSERT INTO qa_db.claim_sample
SELECT
  'OPEN2',
  claim_id,
  status
FROM qa_db.claims
WHERE
  UPPER(RTRIM(status)) = 'OPEN'
ORDER BY
  RANDOM()
LIMIT 2;

-- source: input.sql:43  [S130]
INSERT INTO qa_db.claim_sample
SELECT
  'ALL',
  claim_id,
  status
FROM qa_db.claims
ORDER BY
  RANDOM()
LIMIT 50;

-- source: input.sql:48  [S140]
INSERT INTO qa_db.claim_sample
SELECT
  'BIG3',
  claim_id,
  status
FROM qa_db.claims
WHERE
  amt >= 300
ORDER BY
  RANDOM()
LIMIT 3;

-- source: input.sql:54  [S150]
INSERT INTO qa_db.result_sample_check
SELECT
  MIN(sample_cd) AS sample_cd,
  COUNT(*),
  COUNT(DISTINCT claim_id),
  COUNT(DISTINCT UPPER(RTRIM(status)))
FROM qa_db.claim_sample
GROUP BY
  UPPER(RTRIM(sample_cd));
