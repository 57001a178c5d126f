-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CT ... AS source_table copies the source's table kind: a copy of a SET table is a SET table,
--    so INSERT ... SELECT of duplicates into the copy drops them. CREATE MULTISET TABLE ... AS
--    (query) WITH NO DATA takes column names from the select aliases and starts empty.
-- source: input.sql:4  [S010]
CREATE TABLE ddl_db.codes (
  code INTEGER,
  label VARCHAR(16)
)
DISTKEY(code);

-- source: input.sql:11  [S020]
INSERT INTO ddl_db.codes
SELECT
  1,
  'one'
EXCEPT
SELECT
  *
FROM ddl_db.codes;

-- source: input.sql:12  [S030]
INSERT INTO ddl_db.codes
SELECT
  2,
  'two'
EXCEPT
SELECT
  *
FROM ddl_db.codes;

-- source: input.sql:14  [S040]
CREATE TABLE ddl_db.codes_copy AS
SELECT
  *
FROM ddl_db.codes;

-- source: input.sql:15  [S050]
INSERT INTO ddl_db.codes_copy
SELECT
  code,
  label
FROM ddl_db.codes
EXCEPT
SELECT
  *
FROM ddl_db.codes_copy;

-- source: input.sql:16  [S060]
INSERT INTO ddl_db.codes_copy
SELECT
  3,
  'three'
EXCEPT
SELECT
  *
FROM ddl_db.codes_copy;

-- source: input.sql:17  [S070]
INSERT INTO ddl_db.codes_copy
SELECT
  3,
  'three'
EXCEPT
SELECT
  *
FROM ddl_db.codes_copy;

-- source: input.sql:19  [S080]
CREATE TABLE ddl_db.codes_shape AS
SELECT
  *
FROM (
  SELECT
    code * 10 AS code10,
    label AS lbl
  FROM ddl_db.codes
  WHERE
    code = 1
) AS leapc_no_data
WHERE
  FALSE;

-- source: input.sql:22  [S090]
INSERT INTO ddl_db.codes_shape
SELECT
  code,
  label
FROM ddl_db.codes_copy;

-- source: input.sql:23  [S100]
INSERT INTO ddl_db.codes_shape
SELECT
  code,
  label
FROM ddl_db.codes_copy
WHERE
  code = 3;

-- source: input.sql:25  [S110]
CREATE TABLE ddl_db.result_ctas_kind (
  src VARCHAR(16),
  code INTEGER,
  label VARCHAR(16),
  cnt INTEGER
)
DISTKEY(code);

-- source: input.sql:34  [S120]
INSERT INTO ddl_db.result_ctas_kind
SELECT
  'copy',
  code,
  MIN(label) AS label,
  COUNT(*)
FROM ddl_db.codes_copy
GROUP BY
  code,
  UPPER(RTRIM(label));

-- source: input.sql:35  [S130]
INSERT INTO ddl_db.result_ctas_kind
SELECT
  'shape',
  code10,
  MIN(lbl) AS lbl,
  COUNT(*)
FROM ddl_db.codes_shape
GROUP BY
  code10,
  UPPER(RTRIM(lbl));
