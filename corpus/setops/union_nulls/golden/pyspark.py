"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# UNION removes duplicate rows treating NULLs as equal and ignoring trailing blanks (CHAR pads);
#    UNION ALL keeps everything
# source: input.sql:3
S010 = """\
CREATE TABLE set_db.src_old (
  k INT,
  code CHAR(5)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE set_db.src_new (
  k INT,
  code STRING
)
USING PARQUET
"""

# source: input.sql:17
S030 = """\
INSERT INTO set_db.src_old
VALUES
  (1, NULL)
"""

# source: input.sql:18
S040 = """\
INSERT INTO set_db.src_old
VALUES
  (1, NULL)
"""

# source: input.sql:19
S050 = """\
INSERT INTO set_db.src_old
VALUES
  (2, 'AB')
"""

# source: input.sql:20
S060 = """\
INSERT INTO set_db.src_old
VALUES
  (NULL, 'CD')
"""

# source: input.sql:21
S070 = """\
INSERT INTO set_db.src_new
VALUES
  (1, NULL)
"""

# source: input.sql:22
S080 = """\
INSERT INTO set_db.src_new
VALUES
  (2, 'AB')
"""

# source: input.sql:23
S090 = """\
INSERT INTO set_db.src_new
VALUES
  (NULL, 'CD ')
"""

# source: input.sql:24
S100 = """\
INSERT INTO set_db.src_new
VALUES
  (2, 'ab')
"""

# source: input.sql:26
S110 = """\
CREATE TABLE set_db.result_union (
  kind STRING,
  k INT,
  code STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:35
S120 = """\
INSERT INTO set_db.result_union
SELECT
  'union',
  k,
  code,
  1
FROM (
  SELECT
    leapc_u1 AS k,
    MIN(leapc_u2) AS code
  FROM (
    SELECT
      k,
      code
    FROM set_db.src_old
    UNION ALL
    SELECT
      k,
      code
    FROM set_db.src_new
  ) AS leapc_union_1(leapc_u1, leapc_u2)
  GROUP BY
    leapc_u1,
    RTRIM(RTRIM(leapc_u2))
) AS u
"""

# source: input.sql:39
S130 = """\
INSERT INTO set_db.result_union
SELECT
  'union_all',
  NULL,
  NULL,
  COUNT(*)
FROM (
  SELECT
    k,
    code
  FROM set_db.src_old
  UNION ALL
  SELECT
    k,
    code
  FROM set_db.src_new
) AS u
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='set_db.src_old')
        script.sql('S040', S040, writes='set_db.src_old')
        script.sql('S050', S050, writes='set_db.src_old')
        script.sql('S060', S060, writes='set_db.src_old')
        script.sql('S070', S070, writes='set_db.src_new')
        script.sql('S080', S080, writes='set_db.src_new')
        script.sql('S090', S090, writes='set_db.src_new')
        script.sql('S100', S100, writes='set_db.src_new')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='set_db.result_union')
        script.sql('S130', S130, writes='set_db.result_union')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
