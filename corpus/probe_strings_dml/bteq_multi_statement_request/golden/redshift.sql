-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  BTEQ: .SET ERRORLEVEL UNKNOWN SEVERITY 4

-- source: input.bteq:4  [S010]
CREATE TABLE mq_db.acct_bal (
  acct_id INTEGER NOT NULL,
  bal DECIMAL(10, 2) NOT NULL
)
DISTKEY(acct_id);

-- source: input.bteq:11  [S020]
CREATE TABLE mq_db.run_log (
  step INTEGER,
  msg VARCHAR(60),
  amt DECIMAL(10, 2)
)
DISTKEY(step);

-- source: input.bteq:19  [S030]
INSERT INTO mq_db.acct_bal
VALUES
  (1, 100.00);

-- source: input.bteq:20  [S040]
INSERT INTO mq_db.acct_bal
VALUES
  (2, 50.00);

-- One multi-statement request (leading semicolons): debit, credit minus a fee, and a load row
--    that violates NOT NULL.  The failure rolls back the whole request.
-- source: input.bteq:24  [S050]
UPDATE mq_db.acct_bal SET bal = bal - 30.00
WHERE
  acct_id = 1;

-- source: input.bteq:25  [S060]
UPDATE mq_db.acct_bal SET bal = bal + 25.00
WHERE
  acct_id = 2;

-- source: input.bteq:26  [S070]
INSERT INTO mq_db.acct_bal
VALUES
  (3, NULL);

-- source: input.bteq:27  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO ROLLED_BACK

-- source: input.bteq:29  [S080]
INSERT INTO mq_db.run_log
VALUES
  (1, 'applied', NULL);

-- source: input.bteq:30  BTEQ: .GOTO NEXT_BATCH

-- source: input.bteq:32  BTEQ: .LABEL ROLLED_BACK

-- source: input.bteq:33  [S090]
INSERT INTO mq_db.run_log
SELECT
  2,
  'rolled back',
  SUM(bal)
FROM mq_db.acct_bal
WHERE
  acct_id IN (1, 2);

-- source: input.bteq:36  BTEQ: .LABEL NEXT_BATCH

-- source: input.bteq:37  [S100]
INSERT INTO mq_db.acct_bal
VALUES
  (4, 10.00);

-- source: input.bteq:38  [S110]
INSERT INTO mq_db.acct_bal
VALUES
  (5, 20.00);

-- source: input.bteq:40  [S120]
INSERT INTO mq_db.run_log
SELECT
  3,
  'total',
  SUM(bal)
FROM mq_db.acct_bal;

-- source: input.bteq:42  [S130]
INSERT INTO mq_db.run_log
SELECT
  4,
  'acct 1',
  bal
FROM mq_db.acct_bal
WHERE
  acct_id = 1;

-- source: input.bteq:44  BTEQ: .QUIT 0
