"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# MINUS (= EXCEPT, distinct), EXCEPT ALL and INTERSECT ALL (multiplicities), INTERSECT (distinct)
# source: input.sql:2
S010 = """\
CREATE TABLE set_db.bag_a (
  v INT
)
USING PARQUET
"""

# source: input.sql:8
S020 = """\
CREATE TABLE set_db.bag_b (
  v INT
)
USING PARQUET
"""

# source: input.sql:14
S030 = """\
INSERT INTO set_db.bag_a
VALUES
  (1)
"""

# source: input.sql:15
S040 = """\
INSERT INTO set_db.bag_a
VALUES
  (1)
"""

# source: input.sql:16
S050 = """\
INSERT INTO set_db.bag_a
VALUES
  (1)
"""

# source: input.sql:17
S060 = """\
INSERT INTO set_db.bag_a
VALUES
  (2)
"""

# source: input.sql:18
S070 = """\
INSERT INTO set_db.bag_a
VALUES
  (3)
"""

# source: input.sql:19
S080 = """\
INSERT INTO set_db.bag_a
VALUES
  (NULL)
"""

# source: input.sql:20
S090 = """\
INSERT INTO set_db.bag_a
VALUES
  (NULL)
"""

# source: input.sql:21
S100 = """\
INSERT INTO set_db.bag_b
VALUES
  (1)
"""

# source: input.sql:22
S110 = """\
INSERT INTO set_db.bag_b
VALUES
  (3)
"""

# source: input.sql:23
S120 = """\
INSERT INTO set_db.bag_b
VALUES
  (3)
"""

# source: input.sql:24
S130 = """\
INSERT INTO set_db.bag_b
VALUES
  (NULL)
"""

# source: input.sql:26
S140 = """\
CREATE TABLE set_db.result_setops (
  op STRING,
  v INT
)
USING PARQUET
"""

# source: input.sql:33
S150 = """\
INSERT INTO set_db.result_setops
SELECT
  'minus',
  v
FROM (
  SELECT
    v
  FROM set_db.bag_a
  EXCEPT
  SELECT
    v
  FROM set_db.bag_b
) AS d
"""

# source: input.sql:35
S160 = """\
INSERT INTO set_db.result_setops
SELECT
  'except_all',
  v
FROM (
  SELECT
    v
  FROM set_db.bag_a
  EXCEPT ALL
  SELECT
    v
  FROM set_db.bag_b
) AS d
"""

# source: input.sql:37
S170 = """\
INSERT INTO set_db.result_setops
SELECT
  'intersect',
  v
FROM (
  SELECT
    v
  FROM set_db.bag_a
  INTERSECT
  SELECT
    v
  FROM set_db.bag_b
) AS d
"""

# source: input.sql:39
S180 = """\
INSERT INTO set_db.result_setops
SELECT
  'intersect_all',
  v
FROM (
  SELECT
    v
  FROM set_db.bag_a
  INTERSECT ALL
  SELECT
    v
  FROM set_db.bag_b
) AS d
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='set_db.bag_a')
        script.sql('S040', S040, writes='set_db.bag_a')
        script.sql('S050', S050, writes='set_db.bag_a')
        script.sql('S060', S060, writes='set_db.bag_a')
        script.sql('S070', S070, writes='set_db.bag_a')
        script.sql('S080', S080, writes='set_db.bag_a')
        script.sql('S090', S090, writes='set_db.bag_a')
        script.sql('S100', S100, writes='set_db.bag_b')
        script.sql('S110', S110, writes='set_db.bag_b')
        script.sql('S120', S120, writes='set_db.bag_b')
        script.sql('S130', S130, writes='set_db.bag_b')
        script.sql('S140', S140)
        script.sql('S150', S150, writes='set_db.result_setops')
        script.sql('S160', S160, writes='set_db.result_setops')
        script.sql('S170', S170, writes='set_db.result_setops')
        script.sql('S180', S180, writes='set_db.result_setops')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
