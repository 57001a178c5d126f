"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# NOT CASESPECIFIC columns compare case-blind with =, IN and LIKE; CASESPECIFIC columns do not
# source: input.sql:2
S010 = """\
CREATE TABLE cs_db.people (
  id INT NOT NULL,
  name STRING,
  code STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO cs_db.people
VALUES
  (1, 'Smith', 'Ab')
"""

# source: input.sql:11
S030 = """\
INSERT INTO cs_db.people
VALUES
  (2, 'SMITH', 'AB')
"""

# source: input.sql:12
S040 = """\
INSERT INTO cs_db.people
VALUES
  (3, 'smith ', 'ab')
"""

# source: input.sql:13
S050 = """\
INSERT INTO cs_db.people
VALUES
  (4, 'Jones', 'aB')
"""

# source: input.sql:15
S060 = """\
CREATE TABLE cs_db.result_compare (
  check_name STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:22
S070 = """\
INSERT INTO cs_db.result_compare
SELECT
  'ncs_eq',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(RTRIM(name)) = 'SMITH'
"""

# source: input.sql:23
S080 = """\
INSERT INTO cs_db.result_compare
SELECT
  'ncs_in',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(RTRIM(name)) IN ('SMITH', 'JONES')
"""

# source: input.sql:24
S090 = """\
INSERT INTO cs_db.result_compare
SELECT
  'ncs_like',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(name) LIKE 'SM%'
"""

# source: input.sql:25
S100 = """\
INSERT INTO cs_db.result_compare
SELECT
  'ncs_ne',
  COUNT(*)
FROM cs_db.people
WHERE
  UPPER(RTRIM(name)) <> 'SMITH'
"""

# source: input.sql:26
S110 = """\
INSERT INTO cs_db.result_compare
SELECT
  'cs_eq',
  COUNT(*)
FROM cs_db.people
WHERE
  RTRIM(code) = 'AB'
"""

# source: input.sql:27
S120 = """\
INSERT INTO cs_db.result_compare
SELECT
  'cs_in',
  COUNT(*)
FROM cs_db.people
WHERE
  RTRIM(code) IN ('ab', 'Ab')
"""

# source: input.sql:28
S130 = """\
INSERT INTO cs_db.result_compare
SELECT
  'cs_like',
  COUNT(*)
FROM cs_db.people
WHERE
  code LIKE 'a%'
"""

# source: input.sql:29
S140 = """\
INSERT INTO cs_db.result_compare
SELECT
  'cs_upper',
  COUNT(*)
FROM cs_db.people
WHERE
  RTRIM(UPPER(code)) = 'AB'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='cs_db.people')
        script.sql('S030', S030, writes='cs_db.people')
        script.sql('S040', S040, writes='cs_db.people')
        script.sql('S050', S050, writes='cs_db.people')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='cs_db.result_compare')
        script.sql('S080', S080, writes='cs_db.result_compare')
        script.sql('S090', S090, writes='cs_db.result_compare')
        script.sql('S100', S100, writes='cs_db.result_compare')
        script.sql('S110', S110, writes='cs_db.result_compare')
        script.sql('S120', S120, writes='cs_db.result_compare')
        script.sql('S130', S130, writes='cs_db.result_compare')
        script.sql('S140', S140, writes='cs_db.result_compare')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
