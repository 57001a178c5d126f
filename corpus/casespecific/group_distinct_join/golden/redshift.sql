-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- NOT CASESPECIFIC columns group, DISTINCT, UNION and join case-blind; a CASESPECIFIC column
--    keeps case variants apart
-- source: input.sql:3  [S010]
CREATE TABLE cs_db.visits (
  id INTEGER NOT NULL,
  city VARCHAR(40),
  "tag" VARCHAR(20)
)
DISTKEY(id);

-- source: input.sql:11  [S020]
CREATE TABLE cs_db.city_region (
  city VARCHAR(40),
  region VARCHAR(20)
)
DISTKEY(city);

-- source: input.sql:18  [S030]
INSERT INTO cs_db.visits
VALUES
  (1, 'Paris', 'x');

-- source: input.sql:19  [S040]
INSERT INTO cs_db.visits
VALUES
  (2, 'PARIS', 'X');

-- source: input.sql:20  [S050]
INSERT INTO cs_db.visits
VALUES
  (3, 'paris', 'x');

-- source: input.sql:21  [S060]
INSERT INTO cs_db.visits
VALUES
  (4, 'Lyon', 'X');

-- source: input.sql:22  [S070]
INSERT INTO cs_db.city_region
VALUES
  ('PARIS', 'IDF');

-- source: input.sql:23  [S080]
INSERT INTO cs_db.city_region
VALUES
  ('lyon', 'ARA');

-- source: input.sql:24  [S090]
INSERT INTO cs_db.city_region
VALUES
  ('Nice', 'PACA');

-- source: input.sql:26  [S100]
CREATE TABLE cs_db.result_grouping (
  check_name VARCHAR(40),
  grp VARCHAR(40),
  cnt INTEGER
)
DISTKEY(check_name);

-- source: input.sql:34  [S110]
INSERT INTO cs_db.result_grouping
SELECT
  'group_city',
  UPPER(MIN(city)),
  COUNT(*)
FROM cs_db.visits
GROUP BY
  UPPER(RTRIM(city));

-- source: input.sql:36  [S120]
INSERT INTO cs_db.result_grouping
SELECT
  'group_tag',
  MIN("tag") AS "tag",
  COUNT(*)
FROM cs_db.visits
GROUP BY
  RTRIM("tag");

-- source: input.sql:38  [S130]
INSERT INTO cs_db.result_grouping
SELECT
  'distinct_city',
  NULL,
  COUNT(DISTINCT UPPER(RTRIM(city)))
FROM cs_db.visits;

-- source: input.sql:40  [S140]
INSERT INTO cs_db.result_grouping
SELECT
  'distinct_rows',
  NULL,
  COUNT(*)
FROM (
  SELECT
    MIN(city) AS city
  FROM cs_db.visits
  GROUP BY
    UPPER(RTRIM(city))
) AS d;

-- source: input.sql:42  [S150]
INSERT INTO cs_db.result_grouping
SELECT
  'union_cities',
  NULL,
  COUNT(*)
FROM (
  SELECT
    MIN(leapc_u1) AS city
  FROM (
    SELECT
      city
    FROM cs_db.visits
    UNION ALL
    SELECT
      city
    FROM cs_db.city_region
  ) AS leapc_union_1(leapc_u1)
  GROUP BY
    RTRIM(UPPER(RTRIM(leapc_u1)))
) AS u;

-- source: input.sql:45  [S160]
INSERT INTO cs_db.result_grouping
SELECT
  'join_region',
  MIN(r.region) AS region,
  COUNT(*)
FROM cs_db.visits AS v
JOIN cs_db.city_region AS r
  ON UPPER(RTRIM(v.city)) = UPPER(RTRIM(r.city))
GROUP BY
  UPPER(RTRIM(r.region));
