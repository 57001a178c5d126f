"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# NOT CASESPECIFIC columns group, DISTINCT, UNION and join case-blind; a CASESPECIFIC column
#    keeps case variants apart
# source: input.sql:3
S010 = """\
CREATE TABLE cs_db.visits (
  id INT NOT NULL,
  city STRING,
  tag STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
CREATE TABLE cs_db.city_region (
  city STRING,
  region STRING
)
USING PARQUET
"""

# source: input.sql:18
S030 = """\
INSERT INTO cs_db.visits
VALUES
  (1, 'Paris', 'x')
"""

# source: input.sql:19
S040 = """\
INSERT INTO cs_db.visits
VALUES
  (2, 'PARIS', 'X')
"""

# source: input.sql:20
S050 = """\
INSERT INTO cs_db.visits
VALUES
  (3, 'paris', 'x')
"""

# source: input.sql:21
S060 = """\
INSERT INTO cs_db.visits
VALUES
  (4, 'Lyon', 'X')
"""

# source: input.sql:22
S070 = """\
INSERT INTO cs_db.city_region
VALUES
  ('PARIS', 'IDF')
"""

# source: input.sql:23
S080 = """\
INSERT INTO cs_db.city_region
VALUES
  ('lyon', 'ARA')
"""

# source: input.sql:24
S090 = """\
INSERT INTO cs_db.city_region
VALUES
  ('Nice', 'PACA')
"""

# source: input.sql:26
S100 = """\
CREATE TABLE cs_db.result_grouping (
  check_name STRING,
  grp STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:34
S110 = """\
INSERT INTO cs_db.result_grouping
SELECT
  'group_city',
  UPPER(MIN(city)),
  COUNT(*)
FROM cs_db.visits
GROUP BY
  UPPER(RTRIM(city))
"""

# source: input.sql:36
S120 = """\
INSERT INTO cs_db.result_grouping
SELECT
  'group_tag',
  MIN(tag) AS tag,
  COUNT(*)
FROM cs_db.visits
GROUP BY
  RTRIM(tag)
"""

# source: input.sql:38
S130 = """\
INSERT INTO cs_db.result_grouping
SELECT
  'distinct_city',
  NULL,
  COUNT(DISTINCT UPPER(RTRIM(city)))
FROM cs_db.visits
"""

# source: input.sql:40
S140 = """\
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
) AS d
"""

# source: input.sql:42
S150 = """\
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
) AS u
"""

# source: input.sql:45
S160 = """\
INSERT INTO cs_db.result_grouping
SELECT
  'join_region',
  MIN(r.region) AS region,
  COUNT(*)
FROM cs_db.visits AS v
JOIN cs_db.city_region AS r
  ON UPPER(RTRIM(v.city)) = UPPER(RTRIM(r.city))
GROUP BY
  UPPER(RTRIM(r.region))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='cs_db.visits')
        script.sql('S040', S040, writes='cs_db.visits')
        script.sql('S050', S050, writes='cs_db.visits')
        script.sql('S060', S060, writes='cs_db.visits')
        script.sql('S070', S070, writes='cs_db.city_region')
        script.sql('S080', S080, writes='cs_db.city_region')
        script.sql('S090', S090, writes='cs_db.city_region')
        script.sql('S100', S100)
        script.sql('S110', S110, writes='cs_db.result_grouping')
        script.sql('S120', S120, writes='cs_db.result_grouping')
        script.sql('S130', S130, writes='cs_db.result_grouping')
        script.sql('S140', S140, writes='cs_db.result_grouping')
        script.sql('S150', S150, writes='cs_db.result_grouping')
        script.sql('S160', S160, writes='cs_db.result_grouping')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
