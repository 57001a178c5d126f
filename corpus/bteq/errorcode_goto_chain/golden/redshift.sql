-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  BTEQ: .SET WIDTH 200

-- source: input.bteq:3  [S010]
CREATE TABLE bq_db.run_log (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step);

-- source: input.bteq:4  [S020]
DROP TABLE bq_db.wrk_missing;

-- source: input.bteq:5  BTEQ: .IF ERRORCODE = 3807 THEN .GOTO NO_WRK

-- source: input.bteq:6  [S030]
INSERT INTO bq_db.run_log
VALUES
  (1, 'wrk existed', NULL);

-- source: input.bteq:7  BTEQ: .LABEL NO_WRK

-- source: input.bteq:8  [S040]
INSERT INTO bq_db.run_log
VALUES
  (2, 'after drop', NULL);

-- source: input.bteq:9  BTEQ: .IF ERRORCODE <> 0 THEN .QUIT 8

-- source: input.bteq:10  [S050]
SELECT
  *
FROM bq_db.no_such_table;

-- source: input.bteq:11  BTEQ: .IF ERRORCODE = 0 THEN .GOTO SKIP_ERR

-- source: input.bteq:12  [S060]
INSERT INTO bq_db.run_log
VALUES
  (3, 'select failed', NULL);

-- source: input.bteq:13  BTEQ: .LABEL SKIP_ERR

-- source: input.bteq:14  BTEQ: .GOTO FINISH

-- source: input.bteq:15  [S070]
INSERT INTO bq_db.run_log
VALUES
  (4, 'must be skipped', NULL);

-- source: input.bteq:16  BTEQ: .QUIT 12

-- source: input.bteq:17  BTEQ: .LABEL FINISH

-- source: input.bteq:18  [S080]
INSERT INTO bq_db.run_log
SELECT
  5,
  'rows so far',
  COUNT(*)
FROM bq_db.run_log;

-- source: input.bteq:19  BTEQ: .QUIT 0
