-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- A macro whose only statement is DDL (CREATE TABLE) creates the table when executed; a second
--    macro reloads it (DELETE ... ALL then INSERT ... SELECT with a parameter), executed twice so the
--    second run replaces the first run's rows; a third macro is replaced with REPLACE MACRO
-- source: input.sql:4  [S010]
CREATE TABLE mac_db.sales (
  sid INTEGER NOT NULL,
  region VARCHAR(8),
  amt INTEGER
)
DISTKEY(sid);

-- source: input.sql:12  [S020]
INSERT INTO mac_db.sales
VALUES
  (1, 'N', 10);

-- source: input.sql:13  [S030]
INSERT INTO mac_db.sales
VALUES
  (2, 'N', 20);

-- source: input.sql:14  [S040]
INSERT INTO mac_db.sales
VALUES
  (3, 'S', 5);

-- source: input.sql:15  [S050]
INSERT INTO mac_db.sales
VALUES
  (4, 'S', NULL);

-- EXEC mac_db.mk_summary (from the macro body at line 18)
-- source: input.sql:35  [S060]
CREATE TABLE mac_db.summary (
  region VARCHAR(8),
  total INTEGER,
  n INTEGER
)
DISTKEY(region);

-- EXEC mac_db.load_summary (from the macro body at line 22)
-- source: input.sql:36  [S070]
DELETE FROM mac_db.summary;

-- EXEC mac_db.load_summary (from the macro body at line 23)
-- source: input.sql:36  [S080]
INSERT INTO mac_db.summary
SELECT
  MIN(region) AS region,
  SUM(amt),
  COUNT(amt)
FROM mac_db.sales
WHERE
  amt >= 0 OR amt IS NULL
GROUP BY
  UPPER(RTRIM(region));

-- EXEC mac_db.load_summary (from the macro body at line 22)
-- source: input.sql:37  [S090]
DELETE FROM mac_db.summary;

-- EXEC mac_db.load_summary (from the macro body at line 23)
-- source: input.sql:37  [S100]
INSERT INTO mac_db.summary
SELECT
  MIN(region) AS region,
  SUM(amt),
  COUNT(amt)
FROM mac_db.sales
WHERE
  amt >= 15 OR amt IS NULL
GROUP BY
  UPPER(RTRIM(region));

-- EXEC mac_db.bump (from the macro body at line 32)
-- source: input.sql:38  [S110]
UPDATE mac_db.summary SET total = total * 3
WHERE
  n > 0;

-- source: input.sql:40  [S120]
CREATE TABLE mac_db.result_ddl_macro (
  region VARCHAR(8),
  total INTEGER,
  n INTEGER
)
DISTKEY(region);

-- source: input.sql:48  [S130]
INSERT INTO mac_db.result_ddl_macro
SELECT
  region,
  total,
  n
FROM mac_db.summary;
