-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- TOP n with ORDER BY inside view definitions: the view returns exactly the top rows, NULLs sort
--    first ascending, WITH TIES extends past n
-- source: input.sql:3  [S010]
CREATE TABLE qry_db.runners (
  runner VARCHAR(20),
  secs INTEGER
)
DISTKEY(runner);

-- source: input.sql:10  [S020]
INSERT INTO qry_db.runners
VALUES
  ('R1', 300);

-- source: input.sql:11  [S030]
INSERT INTO qry_db.runners
VALUES
  ('R2', 280);

-- source: input.sql:12  [S040]
INSERT INTO qry_db.runners
VALUES
  ('R3', NULL);

-- source: input.sql:13  [S050]
INSERT INTO qry_db.runners
VALUES
  ('R4', 310);

-- source: input.sql:14  [S060]
INSERT INTO qry_db.runners
VALUES
  ('R5', 310);

-- source: input.sql:15  [S070]
INSERT INTO qry_db.runners
VALUES
  ('R6', 250);

-- source: input.sql:17  [S080]
CREATE OR REPLACE VIEW qry_db.v_fastest AS
SELECT
  runner,
  secs
FROM qry_db.runners
ORDER BY
  secs ASC NULLS FIRST
LIMIT 3;

-- source: input.sql:22  [S090]
CREATE OR REPLACE VIEW qry_db.v_slowest AS
SELECT
  runner,
  secs
FROM (
  SELECT
    runner,
    secs,
    RANK() OVER (ORDER BY secs DESC NULLS LAST) AS leapc_w_1
  FROM qry_db.runners
) AS leapc_t_2
WHERE
  leapc_w_1 <= 1
ORDER BY
  secs DESC NULLS LAST;

-- source: input.sql:27  [S100]
CREATE TABLE qry_db.result_view_top (
  kind VARCHAR(20),
  runner VARCHAR(20),
  secs INTEGER
)
DISTKEY(runner);

-- source: input.sql:35  [S110]
INSERT INTO qry_db.result_view_top
SELECT
  'fastest',
  runner,
  secs
FROM qry_db.v_fastest;

-- source: input.sql:36  [S120]
INSERT INTO qry_db.result_view_top
SELECT
  'slowest',
  runner,
  secs
FROM qry_db.v_slowest;
