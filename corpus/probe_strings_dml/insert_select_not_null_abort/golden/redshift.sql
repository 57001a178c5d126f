-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:3  [S010]
CREATE TABLE nn_db.cust_dim (
  cust_id INTEGER NOT NULL,
  cust_nm VARCHAR(60) NOT NULL,
  seg_cd CHAR(2),
  load_note VARCHAR(40)
)
DISTKEY(cust_id);

-- source: input.bteq:12  [S020]
CREATE TABLE nn_db.cust_stage (
  cust_id INTEGER,
  cust_nm VARCHAR(60),
  seg_cd CHAR(2)
)
DISTKEY(cust_id);

-- source: input.bteq:20  [S030]
INSERT INTO nn_db.cust_stage
VALUES
  (1, 'Ann', 'RT');

-- source: input.bteq:21  [S040]
INSERT INTO nn_db.cust_stage
VALUES
  (2, NULL, 'WS');

-- source: input.bteq:22  [S050]
INSERT INTO nn_db.cust_stage
VALUES
  (3, 'Carl', NULL);

-- source: input.bteq:23  [S060]
INSERT INTO nn_db.cust_stage
VALUES
  (4, '', 'RT');

-- One NULL name makes the whole INSERT ... SELECT fail: no row of it is kept
-- source: input.bteq:26  [S070]
INSERT INTO nn_db.cust_dim
SELECT
  cust_id,
  cust_nm,
  seg_cd,
  'first try'
FROM nn_db.cust_stage;

-- source: input.bteq:29  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO RELOAD

-- source: input.bteq:30  BTEQ: .GOTO DONE

-- source: input.bteq:32  BTEQ: .LABEL RELOAD

-- source: input.bteq:33  [S080]
INSERT INTO nn_db.cust_dim
SELECT
  cust_id,
  COALESCE(cust_nm, 'UNKNOWN'),
  seg_cd,
  'reload'
FROM nn_db.cust_stage;

-- source: input.bteq:36  BTEQ: .IF ACTIVITYCOUNT = 4 THEN .GOTO DONE

-- source: input.bteq:37  [S090]
INSERT INTO nn_db.cust_dim
VALUES
  (-1, 'reload incomplete', NULL, NULL);

-- source: input.bteq:39  BTEQ: .LABEL DONE

-- source: input.bteq:40  BTEQ: .QUIT 0
