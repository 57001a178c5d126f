"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Set operators on default NOT CASESPECIFIC columns: MINUS, EXCEPT, INTERSECT and UNION
#    treat case variants and padded values as duplicates
# source: input.sql:3
S010 = """\
CREATE TABLE ncs_db.cities_a (
  id INT NOT NULL,
  city STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE ncs_db.cities_b (
  id INT NOT NULL,
  city STRING
)
USING PARQUET
"""

# source: input.sql:17
S030 = """\
INSERT INTO ncs_db.cities_a
VALUES
  (1, 'Paris')
"""

# source: input.sql:18
S040 = """\
INSERT INTO ncs_db.cities_a
VALUES
  (2, 'LYON')
"""

# source: input.sql:19
S050 = """\
INSERT INTO ncs_db.cities_a
VALUES
  (3, 'Nice ')
"""

# source: input.sql:20
S060 = """\
INSERT INTO ncs_db.cities_a
VALUES
  (4, 'Rome')
"""

# source: input.sql:21
S070 = """\
INSERT INTO ncs_db.cities_a
VALUES
  (5, 'rome')
"""

# source: input.sql:22
S080 = """\
INSERT INTO ncs_db.cities_b
VALUES
  (1, 'PARIS')
"""

# source: input.sql:23
S090 = """\
INSERT INTO ncs_db.cities_b
VALUES
  (2, 'lyon  ')
"""

# source: input.sql:24
S100 = """\
INSERT INTO ncs_db.cities_b
VALUES
  (3, 'Oslo')
"""

# source: input.sql:26
S110 = """\
CREATE TABLE ncs_db.result_setops (
  check_name STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:33
S120 = """\
INSERT INTO ncs_db.result_setops
SELECT
  'minus',
  COUNT(*)
FROM (
  SELECT
    leapc_g_3.leapc_s1 AS city
  FROM (
    SELECT
      MIN(leapc_l_1.leapc_s1) AS leapc_s1,
      MIN(UPPER(RTRIM(leapc_l_1.leapc_s1))) AS leapc_s1_key
    FROM (
      SELECT
        city
      FROM ncs_db.cities_a
    ) AS leapc_l_1(leapc_s1)
    GROUP BY
      RTRIM(UPPER(RTRIM(leapc_l_1.leapc_s1)))
  ) AS leapc_g_3
  WHERE
    NOT EXISTS(
      SELECT
        1
      FROM (
        SELECT
          city
        FROM ncs_db.cities_b
      ) AS leapc_r_2(leapc_s1)
      WHERE
        UPPER(RTRIM(leapc_r_2.leapc_s1)) = leapc_g_3.leapc_s1_key
        OR (
          UPPER(RTRIM(leapc_r_2.leapc_s1)) IS NULL AND leapc_g_3.leapc_s1_key IS NULL
        )
    )
) AS d
"""

# source: input.sql:35
S130 = """\
INSERT INTO ncs_db.result_setops
SELECT
  'except_rev',
  COUNT(*)
FROM (
  SELECT
    leapc_g_6.leapc_s1 AS city
  FROM (
    SELECT
      MIN(leapc_l_4.leapc_s1) AS leapc_s1,
      MIN(UPPER(RTRIM(leapc_l_4.leapc_s1))) AS leapc_s1_key
    FROM (
      SELECT
        city
      FROM ncs_db.cities_b
    ) AS leapc_l_4(leapc_s1)
    GROUP BY
      RTRIM(UPPER(RTRIM(leapc_l_4.leapc_s1)))
  ) AS leapc_g_6
  WHERE
    NOT EXISTS(
      SELECT
        1
      FROM (
        SELECT
          city
        FROM ncs_db.cities_a
      ) AS leapc_r_5(leapc_s1)
      WHERE
        UPPER(RTRIM(leapc_r_5.leapc_s1)) = leapc_g_6.leapc_s1_key
        OR (
          UPPER(RTRIM(leapc_r_5.leapc_s1)) IS NULL AND leapc_g_6.leapc_s1_key IS NULL
        )
    )
) AS d
"""

# source: input.sql:37
S140 = """\
INSERT INTO ncs_db.result_setops
SELECT
  'intersect',
  COUNT(*)
FROM (
  SELECT
    leapc_g_9.leapc_s1 AS city
  FROM (
    SELECT
      MIN(leapc_l_7.leapc_s1) AS leapc_s1,
      MIN(UPPER(RTRIM(leapc_l_7.leapc_s1))) AS leapc_s1_key
    FROM (
      SELECT
        city
      FROM ncs_db.cities_a
    ) AS leapc_l_7(leapc_s1)
    GROUP BY
      RTRIM(UPPER(RTRIM(leapc_l_7.leapc_s1)))
  ) AS leapc_g_9
  WHERE
    EXISTS(
      SELECT
        1
      FROM (
        SELECT
          city
        FROM ncs_db.cities_b
      ) AS leapc_r_8(leapc_s1)
      WHERE
        UPPER(RTRIM(leapc_r_8.leapc_s1)) = leapc_g_9.leapc_s1_key
        OR (
          UPPER(RTRIM(leapc_r_8.leapc_s1)) IS NULL AND leapc_g_9.leapc_s1_key IS NULL
        )
    )
) AS d
"""

# source: input.sql:39
S150 = """\
INSERT INTO ncs_db.result_setops
SELECT
  'union',
  COUNT(*)
FROM (
  SELECT
    MIN(leapc_u1) AS city
  FROM (
    SELECT
      city
    FROM ncs_db.cities_a
    UNION ALL
    SELECT
      city
    FROM ncs_db.cities_b
  ) AS leapc_union_10(leapc_u1)
  GROUP BY
    RTRIM(UPPER(RTRIM(leapc_u1)))
) AS d
"""

# source: input.sql:41
S160 = """\
INSERT INTO ncs_db.result_setops
SELECT
  'union_all',
  COUNT(*)
FROM (
  SELECT
    city
  FROM ncs_db.cities_a
  UNION ALL
  SELECT
    city
  FROM ncs_db.cities_b
) AS d
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='ncs_db.cities_a')
        script.sql('S040', S040, writes='ncs_db.cities_a')
        script.sql('S050', S050, writes='ncs_db.cities_a')
        script.sql('S060', S060, writes='ncs_db.cities_a')
        script.sql('S070', S070, writes='ncs_db.cities_a')
        script.sql('S080', S080, writes='ncs_db.cities_b')
        script.sql('S090', S090, writes='ncs_db.cities_b')
        script.sql('S100', S100, writes='ncs_db.cities_b')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='ncs_db.result_setops')
        script.sql('S130', S130, writes='ncs_db.result_setops')
        script.sql('S140', S140, writes='ncs_db.result_setops')
        script.sql('S150', S150, writes='ncs_db.result_setops')
        script.sql('S160', S160, writes='ncs_db.result_setops')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
