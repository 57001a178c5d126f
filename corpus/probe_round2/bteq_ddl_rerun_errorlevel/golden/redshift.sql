-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  BTEQ: .SET WIDTH 200

-- Re-runnable staging step: CREATE of an existing table (3803) and DROP of a missing one (3807)
--    are expected and handled; ERRORLEVEL keeps the highest severity seen so far
-- source: input.bteq:6  [S010]
CREATE TABLE ld_db.load_log (
  step_no INTEGER,
  note VARCHAR(60),
  n INTEGER
)
DISTKEY(step_no);

-- source: input.bteq:14  [S020]
CREATE TABLE ld_db.stg_orders (
  order_id INTEGER,
  amt DECIMAL(10, 2)
)
DISTKEY(order_id);

-- source: input.bteq:21  [S030]
INSERT INTO ld_db.stg_orders
VALUES
  (1, 10.00);

-- source: input.bteq:22  [S040]
INSERT INTO ld_db.stg_orders
VALUES
  (2, 20.00);

-- source: input.bteq:23  [S050]
INSERT INTO ld_db.stg_orders
VALUES
  (3, NULL);

-- second run of the same DDL: the table is already there
-- source: input.bteq:26  [S060]
CREATE TABLE ld_db.stg_orders (
  order_id INTEGER,
  amt DECIMAL(10, 2)
)
DISTKEY(order_id);

-- source: input.bteq:32  BTEQ: .IF ERRORCODE = 3803 THEN .GOTO STG_EXISTS

-- source: input.bteq:33  [S070]
INSERT INTO ld_db.load_log
VALUES
  (1, 'stg created', 0);

-- source: input.bteq:34  BTEQ: .LABEL STG_EXISTS

-- source: input.bteq:35  [S080]
INSERT INTO ld_db.load_log
SELECT
  1,
  'stg reused',
  COUNT(*)
FROM ld_db.stg_orders;

-- source: input.bteq:38  BTEQ: .IF ERRORLEVEL > 0 THEN .GOTO HAD_ERROR

-- source: input.bteq:39  [S090]
INSERT INTO ld_db.load_log
VALUES
  (2, 'no errors so far', NULL);

-- source: input.bteq:40  BTEQ: .LABEL HAD_ERROR

-- source: input.bteq:41  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO ABORT_RUN

-- source: input.bteq:43  [S100]
DROP TABLE ld_db.stg_orders_old;

-- source: input.bteq:44  BTEQ: .IF ERRORCODE = 3807 THEN CREATE MULTISET TABLE ld_db.stg_orders_old (order_id INTEGER, amt DECIMAL(10,2)) PRIMARY INDEX (order_id);

-- source: input.bteq:44  [S110]
CREATE TABLE ld_db.stg_orders_old (
  order_id INTEGER,
  amt DECIMAL(10, 2)
)
DISTKEY(order_id);

-- source: input.bteq:44  BTEQ: .IF ERRORCODE = 3807 THEN CREATE MULTISET TABLE ld_db.stg_orders_old (order_id INTEGER, amt DECIMAL(10,2)) PRIMARY INDEX (order_id);

-- source: input.bteq:45  [S120]
INSERT INTO ld_db.stg_orders_old
SELECT
  order_id,
  amt
FROM ld_db.stg_orders
WHERE
  NOT amt IS NULL;

-- source: input.bteq:46  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO ABORT_RUN

-- source: input.bteq:47  [S130]
INSERT INTO ld_db.load_log
SELECT
  3,
  'archived',
  COUNT(*)
FROM ld_db.stg_orders_old;

-- source: input.bteq:48  BTEQ: .QUIT 0

-- source: input.bteq:50  BTEQ: .LABEL ABORT_RUN

-- source: input.bteq:51  [S140]
INSERT INTO ld_db.load_log
VALUES
  (99, 'aborted', NULL);

-- source: input.bteq:52  BTEQ: .QUIT 0
