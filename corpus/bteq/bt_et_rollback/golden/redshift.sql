-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  [S010]
CREATE TABLE bq_db.ledger (
  id INTEGER,
  amt INTEGER
)
DISTKEY(id);

-- source: input.bteq:3  [S020]
CREATE TABLE bq_db.steps (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step);

-- source: input.bteq:4  [S030]
INSERT INTO bq_db.ledger
VALUES
  (1, 100);

-- source: input.bteq:5  [S040]
BEGIN;

-- source: input.bteq:6  [S050]
INSERT INTO bq_db.ledger
VALUES
  (2, 200);

-- source: input.bteq:7  [S060]
UPDATE bq_db.ledger SET amt = amt + 1
WHERE
  id = 1;

-- source: input.bteq:8  [S070]
INSERT INTO bq_db.missing_table
VALUES
  (3, 300);

-- source: input.bteq:9  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO TXN_FAILED

-- source: input.bteq:10  [S080]
COMMIT;

-- source: input.bteq:11  [S090]
INSERT INTO bq_db.steps
VALUES
  (1, 'committed', NULL);

-- source: input.bteq:12  BTEQ: .GOTO AFTER_TXN

-- source: input.bteq:13  BTEQ: .LABEL TXN_FAILED

-- source: input.bteq:14  [S100]
INSERT INTO bq_db.steps
SELECT
  2,
  'rolled back',
  COUNT(*)
FROM bq_db.ledger;

-- source: input.bteq:15  BTEQ: .LABEL AFTER_TXN

-- source: input.bteq:16  [S110]
BEGIN;

-- source: input.bteq:17  [S120]
INSERT INTO bq_db.ledger
VALUES
  (4, 400);

-- source: input.bteq:18  [S130]
UPDATE bq_db.ledger SET amt = amt * 2
WHERE
  id = 4;

-- source: input.bteq:19  [S140]
COMMIT;

-- source: input.bteq:20  [S150]
INSERT INTO bq_db.steps
SELECT
  3,
  'ledger sum',
  SUM(amt)
FROM bq_db.ledger;

-- source: input.bteq:21  BTEQ: .QUIT 0
