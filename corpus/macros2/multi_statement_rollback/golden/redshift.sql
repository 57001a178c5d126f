-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- A macro runs as one request: when a later statement fails (its last statement puts NULL into a NOT NULL column), the
--    statements before it are rolled back too; BTEQ continues with ERRORCODE set. A macro body may
--    EXEC another macro.
-- source: input.bteq:5  [S010]
CREATE TABLE mac_db.acct (
  id INTEGER NOT NULL,
  bal INTEGER NOT NULL
)
DISTKEY(id);

-- source: input.bteq:6  [S020]
CREATE TABLE mac_db.audit (
  id INTEGER,
  note VARCHAR(40)
)
DISTKEY(id);

-- source: input.bteq:7  [S030]
CREATE TABLE mac_db.steps (
  step INTEGER,
  info VARCHAR(40),
  n INTEGER
)
DISTKEY(step);

-- source: input.bteq:8  [S040]
INSERT INTO mac_db.acct
VALUES
  (1, 100);

-- source: input.bteq:9  [S050]
INSERT INTO mac_db.acct
VALUES
  (2, 50);

-- EXEC mac_db.transfer (from the macro body at line 14)
-- source: input.bteq:19  [S060]
UPDATE mac_db.acct SET bal = bal - 30
WHERE
  id = 1;

-- EXEC mac_db.transfer (from the macro body at line 11)
-- source: input.bteq:19  [S070]
INSERT INTO mac_db.audit
VALUES
  (1, 'debit');

-- EXEC mac_db.transfer (from the macro body at line 16)
-- source: input.bteq:19  [S080]
UPDATE mac_db.acct SET bal = bal + 30
WHERE
  id = 2;

-- EXEC mac_db.transfer (from the macro body at line 17)
-- source: input.bteq:19  [S090]
INSERT INTO mac_db.acct
SELECT
  2,
  CAST(NULL AS INTEGER)
FROM mac_db.acct
WHERE
  id = 1 AND 2 > 10;

-- source: input.bteq:20  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO FAIL1

-- source: input.bteq:21  [S100]
INSERT INTO mac_db.steps
VALUES
  (1, 'ok', 0);

-- source: input.bteq:22  BTEQ: .LABEL FAIL1

-- EXEC mac_db.transfer (from the macro body at line 14)
-- source: input.bteq:23  [S110]
UPDATE mac_db.acct SET bal = bal - 5
WHERE
  id = 2;

-- EXEC mac_db.transfer (from the macro body at line 11)
-- source: input.bteq:23  [S120]
INSERT INTO mac_db.audit
VALUES
  (2, 'debit');

-- EXEC mac_db.transfer (from the macro body at line 16)
-- source: input.bteq:23  [S130]
UPDATE mac_db.acct SET bal = bal + 5
WHERE
  id = 99;

-- EXEC mac_db.transfer (from the macro body at line 17)
-- source: input.bteq:23  [S140]
INSERT INTO mac_db.acct
SELECT
  99,
  CAST(NULL AS INTEGER)
FROM mac_db.acct
WHERE
  id = 2 AND 99 > 10;

-- source: input.bteq:24  BTEQ: .IF ERRORCODE = 0 THEN .GOTO OK2

-- source: input.bteq:25  [S150]
INSERT INTO mac_db.steps
VALUES
  (2, 'failed', 0);

-- source: input.bteq:26  BTEQ: .LABEL OK2

-- source: input.bteq:27  [S160]
INSERT INTO mac_db.steps
SELECT
  10 + id,
  'bal',
  bal
FROM mac_db.acct;

-- source: input.bteq:28  [S170]
INSERT INTO mac_db.steps
SELECT
  20,
  'audit rows',
  COUNT(*)
FROM mac_db.audit;

-- source: input.bteq:29  BTEQ: .QUIT 0
