-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Global temporary and volatile tables and ON COMMIT: PRESERVE ROWS keeps rows across
--    transactions; the default, DELETE ROWS, empties the table when each transaction ends, which
--    in a Teradata-mode session is the end of every request outside BT/ET
-- source: input.sql:4  [S010]
CREATE TEMPORARY TABLE gt_keep (
  k INTEGER,
  v INTEGER
);

-- source: input.sql:12  [S020]
CREATE TEMPORARY TABLE gt_tx (
  k INTEGER,
  v INTEGER
);

-- source: input.sql:19  [S030]
CREATE TEMPORARY TABLE vt_tx (
  k INTEGER
);

-- source: input.sql:25  [S040]
CREATE TABLE ddl_db.result_gtt (
  step INTEGER,
  tbl VARCHAR(16),
  n INTEGER,
  s INTEGER
)
DISTKEY(step);

-- source: input.sql:34  [S050]
INSERT INTO gt_keep
VALUES
  (1, 10);

-- source: input.sql:35  [S060]
INSERT INTO gt_keep
VALUES
  (2, 20);

-- source: input.sql:36  [S070]
INSERT INTO gt_tx
VALUES
  (1, 100);

-- ON COMMIT DELETE ROWS: gt_tx empties when the request above commits
-- source: input.sql:36  [S080]
DELETE FROM gt_tx;

-- source: input.sql:37  [S090]
INSERT INTO vt_tx
VALUES
  (1);

-- ON COMMIT DELETE ROWS: vt_tx empties when the request above commits
-- source: input.sql:37  [S100]
DELETE FROM vt_tx;

-- source: input.sql:39  [S110]
INSERT INTO ddl_db.result_gtt
SELECT
  1,
  'keep',
  COUNT(*),
  SUM(v)
FROM gt_keep;

-- source: input.sql:40  [S120]
INSERT INTO ddl_db.result_gtt
SELECT
  2,
  'tx',
  COUNT(*),
  SUM(v)
FROM gt_tx;

-- source: input.sql:41  [S130]
INSERT INTO ddl_db.result_gtt
SELECT
  3,
  'vt',
  COUNT(*),
  SUM(k)
FROM vt_tx;

-- source: input.sql:43  [S140]
BEGIN;

-- source: input.sql:44  [S150]
INSERT INTO gt_tx
VALUES
  (5, 500);

-- source: input.sql:45  [S160]
INSERT INTO gt_tx
VALUES
  (6, 600);

-- source: input.sql:46  [S170]
INSERT INTO vt_tx
VALUES
  (7);

-- source: input.sql:47  [S180]
INSERT INTO ddl_db.result_gtt
SELECT
  4,
  'tx in bt',
  COUNT(*),
  SUM(v)
FROM gt_tx;

-- source: input.sql:48  [S190]
INSERT INTO ddl_db.result_gtt
SELECT
  5,
  'vt in bt',
  COUNT(*),
  SUM(k)
FROM vt_tx;

-- source: input.sql:49  [S200]
COMMIT;

-- ON COMMIT DELETE ROWS: gt_tx empties at this commit
-- source: input.sql:49  [S210]
DELETE FROM gt_tx;

-- ON COMMIT DELETE ROWS: vt_tx empties at this commit
-- source: input.sql:49  [S220]
DELETE FROM vt_tx;

-- source: input.sql:51  [S230]
INSERT INTO ddl_db.result_gtt
SELECT
  6,
  'tx after',
  COUNT(*),
  SUM(v)
FROM gt_tx;

-- source: input.sql:52  [S240]
INSERT INTO ddl_db.result_gtt
SELECT
  7,
  'keep end',
  COUNT(*),
  SUM(v)
FROM gt_keep;
