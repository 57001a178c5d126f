-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  BTEQ: .SET ERRORLEVEL 3807 SEVERITY 0

-- source: input.bteq:3  BTEQ: .SET ERRORLEVEL 2618 SEVERITY 4

-- source: input.bteq:4  [S010]
CREATE TABLE bq_db.flags (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step);

-- source: input.bteq:5  [S020]
CREATE TABLE bq_db.rates (
  id INTEGER,
  amt INTEGER,
  qty INTEGER
)
DISTKEY(id);

-- source: input.bteq:6  [S030]
INSERT INTO bq_db.rates
VALUES
  (1, 10, 4);

-- source: input.bteq:7  [S040]
INSERT INTO bq_db.rates
VALUES
  (2, 5, 0);

-- source: input.bteq:8  [S050]
DROP TABLE bq_db.never_created;

-- source: input.bteq:9  BTEQ: .IF ERRORLEVEL > 0 THEN .GOTO LEVEL_NONZERO

-- source: input.bteq:10  [S060]
INSERT INTO bq_db.flags
VALUES
  (1, 'drop ignored', NULL);

-- source: input.bteq:11  BTEQ: .LABEL LEVEL_NONZERO

-- source: input.bteq:12  [S070]
INSERT INTO bq_db.flags
SELECT
  10 + id,
  'unit',
  amt / qty
FROM bq_db.rates;

-- source: input.bteq:13  BTEQ: .IF ERRORLEVEL >= 4 THEN .GOTO DIV_FAILED

-- source: input.bteq:14  [S080]
INSERT INTO bq_db.flags
VALUES
  (2, 'division ok', NULL);

-- source: input.bteq:15  BTEQ: .GOTO WRAP_UP

-- source: input.bteq:16  BTEQ: .LABEL DIV_FAILED

-- source: input.bteq:17  [S090]
INSERT INTO bq_db.flags
SELECT
  3,
  'division failed',
  COUNT(*)
FROM bq_db.flags;

-- source: input.bteq:18  BTEQ: .LABEL WRAP_UP

-- source: input.bteq:19  [S100]
INSERT INTO bq_db.flags
SELECT
  4,
  'safe unit',
  amt / NULLIF(qty, 0)
FROM bq_db.rates
WHERE
  id = 1;

-- source: input.bteq:20  BTEQ: .QUIT 0
