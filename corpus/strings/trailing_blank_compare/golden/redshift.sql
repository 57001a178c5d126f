-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Trailing blanks are insignificant when Teradata compares strings: =, joins, GROUP BY and
--    DISTINCT treat 'AB' and 'AB  ' as equal; leading blanks still count
-- source: input.sql:3  [S010]
CREATE TABLE str_db.tags (
  id INTEGER NOT NULL,
  "tag" VARCHAR(20)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
CREATE TABLE str_db.tag_names (
  tag_key VARCHAR(20),
  tag_name VARCHAR(40)
)
DISTKEY(tag_key);

-- source: input.sql:17  [S030]
INSERT INTO str_db.tags
VALUES
  (1, 'AB');

-- source: input.sql:18  [S040]
INSERT INTO str_db.tags
VALUES
  (2, 'AB  ');

-- source: input.sql:19  [S050]
INSERT INTO str_db.tags
VALUES
  (3, 'CD');

-- source: input.sql:20  [S060]
INSERT INTO str_db.tags
VALUES
  (4, ' AB');

-- source: input.sql:21  [S070]
INSERT INTO str_db.tag_names
VALUES
  ('AB   ', 'alpha');

-- source: input.sql:22  [S080]
INSERT INTO str_db.tag_names
VALUES
  ('CD', 'gamma');

-- source: input.sql:24  [S090]
CREATE TABLE str_db.result_blanks (
  check_name VARCHAR(40),
  "tag" VARCHAR(20),
  cnt INTEGER
)
DISTKEY(check_name);

-- source: input.sql:32  [S100]
INSERT INTO str_db.result_blanks
SELECT
  'eq_literal',
  NULL,
  COUNT(*)
FROM str_db.tags
WHERE
  UPPER(RTRIM("tag")) = 'AB';

-- source: input.sql:34  [S110]
INSERT INTO str_db.result_blanks
SELECT
  'distinct',
  NULL,
  COUNT(DISTINCT UPPER(RTRIM("tag")))
FROM str_db.tags;

-- source: input.sql:36  [S120]
INSERT INTO str_db.result_blanks
SELECT
  'group',
  MIN("tag") AS "tag",
  COUNT(*)
FROM str_db.tags
GROUP BY
  UPPER(RTRIM("tag"));

-- source: input.sql:38  [S130]
INSERT INTO str_db.result_blanks
SELECT
  'join',
  SUBSTRING(MIN(n.tag_name) FROM 1 FOR 10) AS tag_name,
  COUNT(*)
FROM str_db.tags AS t
JOIN str_db.tag_names AS n
  ON UPPER(RTRIM(t."tag")) = UPPER(RTRIM(n.tag_key))
GROUP BY
  UPPER(RTRIM(n.tag_name));
