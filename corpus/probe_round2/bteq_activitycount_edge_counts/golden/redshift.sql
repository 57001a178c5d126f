-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  BTEQ: .SET WIDTH 200

-- Health checks driven by ACTIVITYCOUNT: a COUNT(*) query always returns one row, an UPDATE counts
--    the rows it qualified even when values do not change, a MERGE counts updates plus inserts,
--    HAVING can return no row, a failed request leaves ACTIVITYCOUNT 0
-- source: input.bteq:7  [S010]
CREATE TABLE hc_db.acct (
  acct_id INTEGER NOT NULL,
  region VARCHAR(20),
  status VARCHAR(20)
)
DISTKEY(acct_id);

-- source: input.bteq:15  [S020]
CREATE TABLE hc_db.acct_feed (
  acct_id INTEGER,
  region VARCHAR(20),
  status VARCHAR(20)
)
DISTKEY(acct_id);

-- source: input.bteq:23  [S030]
CREATE TABLE hc_db.check_log (
  check_no INTEGER,
  outcome VARCHAR(80)
)
DISTKEY(check_no);

-- source: input.bteq:30  [S040]
INSERT INTO hc_db.acct
VALUES
  (1, 'EAST', 'ACTIVE');

-- source: input.bteq:31  [S050]
INSERT INTO hc_db.acct
VALUES
  (2, 'EAST', 'ACTIVE');

-- source: input.bteq:32  [S060]
INSERT INTO hc_db.acct
VALUES
  (3, 'WEST', 'CLOSED');

-- source: input.bteq:33  [S070]
INSERT INTO hc_db.acct_feed
VALUES
  (2, 'EAST', 'FROZEN');

-- source: input.bteq:34  [S080]
INSERT INTO hc_db.acct_feed
VALUES
  (3, 'WEST', 'ACTIVE');

-- source: input.bteq:35  [S090]
INSERT INTO hc_db.acct_feed
VALUES
  (9, 'NORTH', 'ACTIVE');

-- source: input.bteq:37  [S100]
SELECT
  COUNT(*)
FROM hc_db.acct
WHERE
  UPPER(RTRIM(region)) = 'SOUTH';

-- source: input.bteq:38  BTEQ: .IF ACTIVITYCOUNT = 0 THEN .GOTO C1_ZERO

-- source: input.bteq:39  [S110]
INSERT INTO hc_db.check_log
VALUES
  (1, 'count query returned a row');

-- source: input.bteq:40  BTEQ: .GOTO C2

-- source: input.bteq:41  BTEQ: .LABEL C1_ZERO

-- source: input.bteq:42  [S120]
INSERT INTO hc_db.check_log
VALUES
  (1, 'count query returned nothing');

-- source: input.bteq:44  BTEQ: .LABEL C2

-- source: input.bteq:45  [S130]
UPDATE hc_db.acct SET status = 'ACTIVE'
WHERE
  UPPER(RTRIM(region)) = 'EAST';

-- source: input.bteq:46  BTEQ: .IF ACTIVITYCOUNT = 2 THEN .GOTO C2_TWO

-- source: input.bteq:47  [S140]
INSERT INTO hc_db.check_log
VALUES
  (2, 'update counted changed rows only');

-- source: input.bteq:48  BTEQ: .GOTO C3

-- source: input.bteq:49  BTEQ: .LABEL C2_TWO

-- source: input.bteq:50  [S150]
INSERT INTO hc_db.check_log
VALUES
  (2, 'update counted qualified rows');

-- source: input.bteq:52  BTEQ: .LABEL C3

-- source: input.bteq:53  [S160]
MERGE INTO hc_db.acct
USING hc_db.acct_feed AS f
ON acct.acct_id = f.acct_id
WHEN MATCHED THEN UPDATE SET
  status = f.status
WHEN NOT MATCHED THEN INSERT (acct_id, region, status) VALUES (f.acct_id, f.region, f.status);

-- source: input.bteq:58  BTEQ: .IF ACTIVITYCOUNT = 3 THEN .GOTO C3_THREE

-- source: input.bteq:59  [S170]
INSERT INTO hc_db.check_log
VALUES
  (3, 'merge count not 3');

-- source: input.bteq:60  BTEQ: .GOTO C4

-- source: input.bteq:61  BTEQ: .LABEL C3_THREE

-- source: input.bteq:62  [S180]
INSERT INTO hc_db.check_log
VALUES
  (3, 'merge counted updates and inserts');

-- source: input.bteq:64  BTEQ: .LABEL C4

-- source: input.bteq:65  [S190]
SELECT
  MIN(region) AS region
FROM hc_db.acct
GROUP BY
  UPPER(RTRIM(region))
HAVING
  COUNT(*) > 5;

-- source: input.bteq:66  BTEQ: .IF ACTIVITYCOUNT > 0 THEN .GOTO C5

-- source: input.bteq:67  [S200]
INSERT INTO hc_db.check_log
VALUES
  (4, 'no crowded region');

-- source: input.bteq:69  BTEQ: .LABEL C5

-- source: input.bteq:70  [S210]
INSERT INTO hc_db.acct
SELECT
  *
FROM hc_db.acct_archive;

-- source: input.bteq:71  BTEQ: .IF (ERRORCODE <> 0) AND (ACTIVITYCOUNT = 0) THEN .GOTO C5_FAILED

-- source: input.bteq:72  [S220]
INSERT INTO hc_db.check_log
VALUES
  (5, 'archive restored');

-- source: input.bteq:73  BTEQ: .GOTO DONE

-- source: input.bteq:74  BTEQ: .LABEL C5_FAILED

-- source: input.bteq:75  [S230]
INSERT INTO hc_db.check_log
SELECT
  5,
  'archive missing, accts=' || TRIM(CAST(COUNT(*) AS VARCHAR(10)))
FROM hc_db.acct;

-- source: input.bteq:77  BTEQ: .LABEL DONE

-- source: input.bteq:78  BTEQ: .QUIT 0
