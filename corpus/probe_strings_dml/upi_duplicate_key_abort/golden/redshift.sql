-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:3  [S010]
CREATE TABLE up_db.account (
  acct_no INTEGER NOT NULL,
  owner_nm VARCHAR(40),
  status_cd CHAR(1)
)
DISTKEY(acct_no);

-- source: input.bteq:11  [S020]
CREATE TABLE up_db.account_stage (
  acct_no INTEGER,
  owner_nm VARCHAR(40),
  status_cd CHAR(1)
)
DISTKEY(acct_no);

-- source: input.bteq:19  [S030]
INSERT INTO up_db.account
VALUES
  (100, 'Ann', 'A');

-- source: input.bteq:20  [S040]
INSERT INTO up_db.account
VALUES
  (101, 'Bob', 'A');

-- A second row for key 101: duplicate unique primary index value, rejected
-- source: input.bteq:23  [S050]
INSERT INTO up_db.account
VALUES
  (101, 'Bobby', 'C');

-- source: input.bteq:25  [S060]
INSERT INTO up_db.account_stage
VALUES
  (102, 'Cy', 'A');

-- source: input.bteq:26  [S070]
INSERT INTO up_db.account_stage
VALUES
  (103, 'Di', 'C');

-- source: input.bteq:27  [S080]
INSERT INTO up_db.account_stage
VALUES
  (103, 'Di', 'A');

-- source: input.bteq:28  [S090]
INSERT INTO up_db.account_stage
VALUES
  (100, 'Ann', 'X');

-- Straight load: keys 103 (twice) and 100 (already stored) violate the UPI, so the whole
--    INSERT ... SELECT fails and nothing of it is stored
-- source: input.bteq:32  [S100]
INSERT INTO up_db.account
SELECT
  acct_no,
  owner_nm,
  status_cd
FROM up_db.account_stage;

-- source: input.bteq:34  BTEQ: .IF ERRORCODE = 0 THEN .GOTO DONE

-- source: input.bteq:36  [S110]
INSERT INTO up_db.account
SELECT
  acct_no,
  owner_nm,
  status_cd
FROM (
  SELECT
    s.acct_no,
    s.owner_nm,
    s.status_cd,
    ROW_NUMBER() OVER (PARTITION BY s.acct_no ORDER BY UPPER(RTRIM(s.status_cd)) NULLS FIRST) AS leapc_w_17
  FROM up_db.account_stage AS s
  WHERE
    NOT EXISTS(
      SELECT
        1
      FROM up_db.account AS a
      WHERE
        a.acct_no = s.acct_no
    )
) AS leapc_t_18
WHERE
  leapc_w_17 = 1;

-- source: input.bteq:42  BTEQ: .LABEL DONE

-- source: input.bteq:43  BTEQ: .QUIT 0
