-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- A volatile table created without ON COMMIT PRESERVE ROWS keeps ON COMMIT DELETE ROWS:
--    in a Teradata-mode session every request is its own transaction, so the rows vanish when the
--    request that inserted them commits; inside BT ... ET they live until ET.
-- source: input.sql:4  [S010]
CREATE TEMPORARY TABLE vt_work (
  k INTEGER,
  v VARCHAR(20)
);

-- source: input.sql:6  [S020]
CREATE TEMPORARY TABLE vt_kept (
  k INTEGER,
  v VARCHAR(20)
);

-- source: input.sql:8  [S030]
INSERT INTO vt_work
VALUES
  (1, 'one');

-- ON COMMIT DELETE ROWS: vt_work empties when the request above commits
-- source: input.sql:8  [S040]
DELETE FROM vt_work;

-- source: input.sql:9  [S050]
INSERT INTO vt_kept
VALUES
  (1, 'one');

-- source: input.sql:11  [S060]
CREATE TABLE tbl_db.result_counts (
  step VARCHAR(40),
  row_cnt INTEGER
)
DISTKEY(step);

-- source: input.sql:18  [S070]
INSERT INTO tbl_db.result_counts
SELECT
  'work_after_insert',
  COUNT(*)
FROM vt_work;

-- source: input.sql:19  [S080]
INSERT INTO tbl_db.result_counts
SELECT
  'kept_after_insert',
  COUNT(*)
FROM vt_kept;

-- source: input.sql:21  [S090]
BEGIN;

-- source: input.sql:22  [S100]
INSERT INTO vt_work
VALUES
  (2, 'two');

-- source: input.sql:23  [S110]
INSERT INTO vt_work
VALUES
  (3, 'three');

-- source: input.sql:24  [S120]
INSERT INTO tbl_db.result_counts
SELECT
  'work_inside_bt',
  COUNT(*)
FROM vt_work;

-- source: input.sql:25  [S130]
COMMIT;

-- ON COMMIT DELETE ROWS: vt_work empties at this commit
-- source: input.sql:25  [S140]
DELETE FROM vt_work;

-- source: input.sql:27  [S150]
INSERT INTO tbl_db.result_counts
SELECT
  'work_after_et',
  COUNT(*)
FROM vt_work;
