-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  [S010]
CREATE TABLE bq_db.accts (
  id INTEGER,
  status VARCHAR(20),
  bal DECIMAL(10, 2)
)
DISTKEY(id);

-- source: input.bteq:3  [S020]
CREATE TABLE bq_db.audit (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step);

-- source: input.bteq:4  [S030]
INSERT INTO bq_db.accts
VALUES
  (1, 'open', 10.00);

-- source: input.bteq:5  [S040]
INSERT INTO bq_db.accts
VALUES
  (2, 'OPEN', 0.00);

-- source: input.bteq:6  [S050]
INSERT INTO bq_db.accts
VALUES
  (3, 'closed', 5.00);

-- source: input.bteq:7  [S060]
UPDATE bq_db.accts SET bal = bal + 1
WHERE
  UPPER(RTRIM(status)) = 'OPEN';

-- source: input.bteq:8  BTEQ: .IF ACTIVITYCOUNT = 2 THEN .GOTO UPD_OK

-- source: input.bteq:9  [S070]
INSERT INTO bq_db.audit
VALUES
  (1, 'update count wrong', NULL);

-- source: input.bteq:10  BTEQ: .LABEL UPD_OK

-- source: input.bteq:11  [S080]
DELETE FROM bq_db.accts
WHERE
  bal > 100;

-- source: input.bteq:12  BTEQ: .IF ACTIVITYCOUNT = 0 THEN .GOTO NOTHING_DELETED

-- source: input.bteq:13  [S090]
INSERT INTO bq_db.audit
VALUES
  (2, 'deleted rows', NULL);

-- source: input.bteq:14  BTEQ: .LABEL NOTHING_DELETED

-- source: input.bteq:15  [S100]
INSERT INTO bq_db.audit
SELECT
  3,
  'open accounts',
  COUNT(*)
FROM bq_db.accts
WHERE
  UPPER(RTRIM(status)) = 'OPEN';

-- source: input.bteq:16  BTEQ: .IF ACTIVITYCOUNT <> 1 THEN .QUIT 7

-- source: input.bteq:17  [S110]
SELECT
  id
FROM bq_db.accts
WHERE
  bal > 1;

-- source: input.bteq:18  BTEQ: .IF ACTIVITYCOUNT >= 2 THEN .GOTO MANY

-- source: input.bteq:19  [S120]
INSERT INTO bq_db.audit
VALUES
  (4, 'few rows', NULL);

-- source: input.bteq:20  BTEQ: .GOTO END_SEL

-- source: input.bteq:21  BTEQ: .LABEL MANY

-- source: input.bteq:22  [S130]
INSERT INTO bq_db.audit
VALUES
  (5, 'many rows', NULL);

-- source: input.bteq:23  BTEQ: .LABEL END_SEL

-- source: input.bteq:24  [S140]
INSERT INTO bq_db.accts
SELECT
  id + 10,
  status,
  bal
FROM bq_db.accts
WHERE
  UPPER(RTRIM(status)) = 'CLOSED';

-- source: input.bteq:25  BTEQ: .IF ACTIVITYCOUNT = 1 THEN .GOTO COPIED

-- source: input.bteq:26  BTEQ: .QUIT 9

-- source: input.bteq:27  BTEQ: .LABEL COPIED

-- source: input.bteq:28  [S150]
INSERT INTO bq_db.audit
SELECT
  6,
  'accounts now',
  COUNT(*)
FROM bq_db.accts;

-- source: input.bteq:29  BTEQ: .QUIT 0
