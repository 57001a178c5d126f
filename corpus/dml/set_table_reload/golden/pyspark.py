"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INSERT ... SELECT into a SET table silently drops rows that duplicate each other or rows
#    already stored; reloading the same source adds nothing; MULTISET keeps every row
# source: input.sql:3
S010 = """\
CREATE TABLE dml_db.stage (
  k INT,
  v STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE dml_db.dim_set (
  k INT,
  v STRING
)
USING PARQUET
"""

# source: input.sql:17
S030 = """\
CREATE TABLE dml_db.dim_multi (
  k INT,
  v STRING
)
USING PARQUET
"""

# source: input.sql:24
S040 = """\
INSERT INTO dml_db.stage
VALUES
  (1, 'A')
"""

# source: input.sql:25
S050 = """\
INSERT INTO dml_db.stage
VALUES
  (1, 'A')
"""

# source: input.sql:26
S060 = """\
INSERT INTO dml_db.stage
VALUES
  (1, 'Z')
"""

# source: input.sql:27
S070 = """\
INSERT INTO dml_db.stage
VALUES
  (2, 'B')
"""

# source: input.sql:28
S080 = """\
INSERT INTO dml_db.stage
VALUES
  (3, 'C')
"""

# source: input.sql:29
S090 = """\
INSERT INTO dml_db.dim_set
SELECT
  3,
  'C'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.dim_set AS leapc_stored_1
    WHERE
      leapc_stored_1.k = 3 AND UPPER(RTRIM(leapc_stored_1.v)) = 'C'
  )
"""

# source: input.sql:31
S100 = """\
INSERT INTO dml_db.dim_set
SELECT
  leapc_g_4.leapc_s1 AS k,
  leapc_g_4.leapc_s2 AS v
FROM (
  SELECT
    leapc_l_2.leapc_s1 AS leapc_s1,
    MIN(leapc_l_2.leapc_s2) AS leapc_s2,
    leapc_l_2.leapc_s1 AS leapc_s1_key,
    UPPER(RTRIM(leapc_l_2.leapc_s2)) AS leapc_s2_key
  FROM (
    SELECT
      k,
      v
    FROM dml_db.stage
  ) AS leapc_l_2(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_2.leapc_s1,
    UPPER(RTRIM(leapc_l_2.leapc_s2))
) AS leapc_g_4
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM dml_db.dim_set
    ) AS leapc_r_3(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_3.leapc_s1 = leapc_g_4.leapc_s1_key
        OR (
          leapc_r_3.leapc_s1 IS NULL AND leapc_g_4.leapc_s1_key IS NULL
        )
      )
      AND (
        UPPER(RTRIM(leapc_r_3.leapc_s2)) = leapc_g_4.leapc_s2_key
        OR (
          UPPER(RTRIM(leapc_r_3.leapc_s2)) IS NULL AND leapc_g_4.leapc_s2_key IS NULL
        )
      )
  )
"""

# source: input.sql:32
S110 = """\
INSERT INTO dml_db.dim_set
SELECT
  leapc_g_7.leapc_s1 AS k,
  leapc_g_7.leapc_s2 AS v
FROM (
  SELECT
    leapc_l_5.leapc_s1 AS leapc_s1,
    MIN(leapc_l_5.leapc_s2) AS leapc_s2,
    leapc_l_5.leapc_s1 AS leapc_s1_key,
    UPPER(RTRIM(leapc_l_5.leapc_s2)) AS leapc_s2_key
  FROM (
    SELECT
      k,
      v
    FROM dml_db.stage
  ) AS leapc_l_5(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_5.leapc_s1,
    UPPER(RTRIM(leapc_l_5.leapc_s2))
) AS leapc_g_7
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM dml_db.dim_set
    ) AS leapc_r_6(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_6.leapc_s1 = leapc_g_7.leapc_s1_key
        OR (
          leapc_r_6.leapc_s1 IS NULL AND leapc_g_7.leapc_s1_key IS NULL
        )
      )
      AND (
        UPPER(RTRIM(leapc_r_6.leapc_s2)) = leapc_g_7.leapc_s2_key
        OR (
          UPPER(RTRIM(leapc_r_6.leapc_s2)) IS NULL AND leapc_g_7.leapc_s2_key IS NULL
        )
      )
  )
"""

# source: input.sql:33
S120 = """\
INSERT INTO dml_db.dim_multi
SELECT
  k,
  v
FROM dml_db.stage
"""

# source: input.sql:35
S130 = """\
CREATE TABLE dml_db.result_set_table (
  tbl STRING,
  k INT,
  v STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:44
S140 = """\
INSERT INTO dml_db.result_set_table
SELECT
  'set',
  k,
  MIN(v) AS v,
  COUNT(*)
FROM dml_db.dim_set
GROUP BY
  k,
  UPPER(RTRIM(v))
"""

# source: input.sql:45
S150 = """\
INSERT INTO dml_db.result_set_table
SELECT
  'multi',
  k,
  MIN(v) AS v,
  COUNT(*)
FROM dml_db.dim_multi
GROUP BY
  k,
  UPPER(RTRIM(v))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040, writes='dml_db.stage')
        script.sql('S050', S050, writes='dml_db.stage')
        script.sql('S060', S060, writes='dml_db.stage')
        script.sql('S070', S070, writes='dml_db.stage')
        script.sql('S080', S080, writes='dml_db.stage')
        script.sql('S090', S090, writes='dml_db.dim_set')
        script.sql('S100', S100, writes='dml_db.dim_set')
        script.sql('S110', S110, writes='dml_db.dim_set')
        script.sql('S120', S120, writes='dml_db.dim_multi')
        script.sql('S130', S130)
        script.sql('S140', S140, writes='dml_db.result_set_table')
        script.sql('S150', S150, writes='dml_db.result_set_table')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
