"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# EXISTS / NOT EXISTS / IN / NOT IN with NULLs on either side, and NOT IN over an empty
#    subquery
# source: input.sql:3
S010 = """\
CREATE TABLE jn_db.accounts (
  acct_id INT NOT NULL,
  ref_id INT,
  region STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
CREATE TABLE jn_db.blocked (
  acct_id INT,
  region STRING
)
USING PARQUET
"""

# source: input.sql:18
S030 = """\
INSERT INTO jn_db.accounts
VALUES
  (1, 10, 'North')
"""

# source: input.sql:19
S040 = """\
INSERT INTO jn_db.accounts
VALUES
  (2, NULL, 'south')
"""

# source: input.sql:20
S050 = """\
INSERT INTO jn_db.accounts
VALUES
  (3, 30, NULL)
"""

# source: input.sql:21
S060 = """\
INSERT INTO jn_db.accounts
VALUES
  (4, 2, 'EAST ')
"""

# source: input.sql:22
S070 = """\
INSERT INTO jn_db.blocked
VALUES
  (2, 'SOUTH')
"""

# source: input.sql:23
S080 = """\
INSERT INTO jn_db.blocked
VALUES
  (NULL, 'east')
"""

# source: input.sql:25
S090 = """\
CREATE TABLE jn_db.result_exists (
  check_name STRING,
  cnt INT,
  id_sum INT
)
USING PARQUET
"""

# source: input.sql:33
S100 = """\
INSERT INTO jn_db.result_exists
SELECT
  'not_in_with_null',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts
WHERE
  NOT acct_id IN (
    SELECT
      acct_id
    FROM jn_db.blocked
  )
"""

# source: input.sql:36
S110 = """\
INSERT INTO jn_db.result_exists
SELECT
  'not_in_filtered',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts
WHERE
  NOT acct_id IN (
    SELECT
      acct_id
    FROM jn_db.blocked
    WHERE
      NOT acct_id IS NULL
  )
"""

# source: input.sql:39
S120 = """\
INSERT INTO jn_db.result_exists
SELECT
  'not_exists',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts AS a
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM jn_db.blocked AS b
    WHERE
      b.acct_id = a.acct_id
  )
"""

# source: input.sql:42
S130 = """\
INSERT INTO jn_db.result_exists
SELECT
  'in_subquery',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts
WHERE
  acct_id IN (
    SELECT
      acct_id
    FROM jn_db.blocked
  )
"""

# source: input.sql:45
S140 = """\
INSERT INTO jn_db.result_exists
SELECT
  'exists_ncs_region',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts AS a
WHERE
  EXISTS(
    SELECT
      1
    FROM jn_db.blocked AS b
    WHERE
      UPPER(RTRIM(b.region)) = UPPER(RTRIM(a.region))
  )
"""

# source: input.sql:48
S150 = """\
INSERT INTO jn_db.result_exists
SELECT
  'nullable_not_in_list',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts
WHERE
  NOT ref_id IN (10, 20)
"""

# source: input.sql:51
S160 = """\
INSERT INTO jn_db.result_exists
SELECT
  'ref_not_in_subquery',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts
WHERE
  NOT ref_id IN (
    SELECT
      acct_id
    FROM jn_db.blocked
    WHERE
      NOT acct_id IS NULL
  )
"""

# source: input.sql:54
S170 = """\
INSERT INTO jn_db.result_exists
SELECT
  'not_in_empty',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts
WHERE
  NOT ref_id IN (
    SELECT
      acct_id
    FROM jn_db.blocked
    WHERE
      acct_id > 100
  )
"""

# source: input.sql:57
S180 = """\
INSERT INTO jn_db.result_exists
SELECT
  'region_not_in_ncs',
  COUNT(*),
  SUM(acct_id)
FROM jn_db.accounts
WHERE
  NOT UPPER(RTRIM(region)) IN (
    SELECT
      UPPER(RTRIM(region))
    FROM jn_db.blocked
  )
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='jn_db.accounts')
        script.sql('S040', S040, writes='jn_db.accounts')
        script.sql('S050', S050, writes='jn_db.accounts')
        script.sql('S060', S060, writes='jn_db.accounts')
        script.sql('S070', S070, writes='jn_db.blocked')
        script.sql('S080', S080, writes='jn_db.blocked')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='jn_db.result_exists')
        script.sql('S110', S110, writes='jn_db.result_exists')
        script.sql('S120', S120, writes='jn_db.result_exists')
        script.sql('S130', S130, writes='jn_db.result_exists')
        script.sql('S140', S140, writes='jn_db.result_exists')
        script.sql('S150', S150, writes='jn_db.result_exists')
        script.sql('S160', S160, writes='jn_db.result_exists')
        script.sql('S170', S170, writes='jn_db.result_exists')
        script.sql('S180', S180, writes='jn_db.result_exists')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
