"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CT ... AS source_table copies the source's table kind: a copy of a SET table is a SET table,
#    so INSERT ... SELECT of duplicates into the copy drops them. CREATE MULTISET TABLE ... AS
#    (query) WITH NO DATA takes column names from the select aliases and starts empty.
# source: input.sql:4
S010 = """\
CREATE TABLE ddl_db.codes (
  code INT,
  label STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO ddl_db.codes
SELECT
  1,
  'one'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM ddl_db.codes AS leapc_stored_1
    WHERE
      leapc_stored_1.code = 1 AND UPPER(RTRIM(leapc_stored_1.label)) = 'ONE'
  )
"""

# source: input.sql:12
S030 = """\
INSERT INTO ddl_db.codes
SELECT
  2,
  'two'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM ddl_db.codes AS leapc_stored_2
    WHERE
      leapc_stored_2.code = 2 AND UPPER(RTRIM(leapc_stored_2.label)) = 'TWO'
  )
"""

# source: input.sql:14
S040 = """\
CREATE TABLE ddl_db.codes_copy
USING PARQUET AS
SELECT
  *
FROM ddl_db.codes
"""

# source: input.sql:15
S050 = """\
INSERT INTO ddl_db.codes_copy
SELECT
  leapc_g_5.leapc_s1 AS code,
  leapc_g_5.leapc_s2 AS label
FROM (
  SELECT
    leapc_l_3.leapc_s1 AS leapc_s1,
    MIN(leapc_l_3.leapc_s2) AS leapc_s2,
    leapc_l_3.leapc_s1 AS leapc_s1_key,
    UPPER(RTRIM(leapc_l_3.leapc_s2)) AS leapc_s2_key
  FROM (
    SELECT
      code,
      label
    FROM ddl_db.codes
  ) AS leapc_l_3(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_3.leapc_s1,
    UPPER(RTRIM(leapc_l_3.leapc_s2))
) AS leapc_g_5
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM ddl_db.codes_copy
    ) AS leapc_r_4(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_4.leapc_s1 = leapc_g_5.leapc_s1_key
        OR (
          leapc_r_4.leapc_s1 IS NULL AND leapc_g_5.leapc_s1_key IS NULL
        )
      )
      AND (
        UPPER(RTRIM(leapc_r_4.leapc_s2)) = leapc_g_5.leapc_s2_key
        OR (
          UPPER(RTRIM(leapc_r_4.leapc_s2)) IS NULL AND leapc_g_5.leapc_s2_key IS NULL
        )
      )
  )
"""

# source: input.sql:16
S060 = """\
INSERT INTO ddl_db.codes_copy
SELECT
  leapc_g_8.leapc_s1 AS `3`,
  leapc_g_8.leapc_s2 AS three
FROM (
  SELECT
    leapc_l_6.leapc_s1 AS leapc_s1,
    MIN(leapc_l_6.leapc_s2) AS leapc_s2,
    leapc_l_6.leapc_s1 AS leapc_s1_key,
    RTRIM(leapc_l_6.leapc_s2) AS leapc_s2_key
  FROM (
    SELECT
      3,
      'three'
  ) AS leapc_l_6(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_6.leapc_s1,
    RTRIM(leapc_l_6.leapc_s2)
) AS leapc_g_8
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM ddl_db.codes_copy
    ) AS leapc_r_7(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_7.leapc_s1 = leapc_g_8.leapc_s1_key
        OR (
          leapc_r_7.leapc_s1 IS NULL AND leapc_g_8.leapc_s1_key IS NULL
        )
      )
      AND (
        RTRIM(leapc_r_7.leapc_s2) = leapc_g_8.leapc_s2_key
        OR (
          RTRIM(leapc_r_7.leapc_s2) IS NULL AND leapc_g_8.leapc_s2_key IS NULL
        )
      )
  )
"""

# source: input.sql:17
S070 = """\
INSERT INTO ddl_db.codes_copy
SELECT
  leapc_g_11.leapc_s1 AS `3`,
  leapc_g_11.leapc_s2 AS three
FROM (
  SELECT
    leapc_l_9.leapc_s1 AS leapc_s1,
    MIN(leapc_l_9.leapc_s2) AS leapc_s2,
    leapc_l_9.leapc_s1 AS leapc_s1_key,
    RTRIM(leapc_l_9.leapc_s2) AS leapc_s2_key
  FROM (
    SELECT
      3,
      'three'
  ) AS leapc_l_9(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_9.leapc_s1,
    RTRIM(leapc_l_9.leapc_s2)
) AS leapc_g_11
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM ddl_db.codes_copy
    ) AS leapc_r_10(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_10.leapc_s1 = leapc_g_11.leapc_s1_key
        OR (
          leapc_r_10.leapc_s1 IS NULL AND leapc_g_11.leapc_s1_key IS NULL
        )
      )
      AND (
        RTRIM(leapc_r_10.leapc_s2) = leapc_g_11.leapc_s2_key
        OR (
          RTRIM(leapc_r_10.leapc_s2) IS NULL AND leapc_g_11.leapc_s2_key IS NULL
        )
      )
  )
"""

# source: input.sql:19
S080 = """\
CREATE TABLE ddl_db.codes_shape
USING PARQUET AS
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
  FALSE
"""

# source: input.sql:22
S090 = """\
INSERT INTO ddl_db.codes_shape
SELECT
  code,
  label
FROM ddl_db.codes_copy
"""

# source: input.sql:23
S100 = """\
INSERT INTO ddl_db.codes_shape
SELECT
  code,
  label
FROM ddl_db.codes_copy
WHERE
  code = 3
"""

# source: input.sql:25
S110 = """\
CREATE TABLE ddl_db.result_ctas_kind (
  src STRING,
  code INT,
  label STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:34
S120 = """\
INSERT INTO ddl_db.result_ctas_kind
SELECT
  'copy',
  code,
  MIN(label) AS label,
  COUNT(*)
FROM ddl_db.codes_copy
GROUP BY
  code,
  UPPER(RTRIM(label))
"""

# source: input.sql:35
S130 = """\
INSERT INTO ddl_db.result_ctas_kind
SELECT
  'shape',
  code10,
  MIN(lbl) AS lbl,
  COUNT(*)
FROM ddl_db.codes_shape
GROUP BY
  code10,
  UPPER(RTRIM(lbl))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='ddl_db.codes')
        script.sql('S030', S030, writes='ddl_db.codes')
        script.sql('S040', S040)
        script.sql('S050', S050, writes='ddl_db.codes_copy')
        script.sql('S060', S060, writes='ddl_db.codes_copy')
        script.sql('S070', S070, writes='ddl_db.codes_copy')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='ddl_db.codes_shape')
        script.sql('S100', S100, writes='ddl_db.codes_shape')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='ddl_db.result_ctas_kind')
        script.sql('S130', S130, writes='ddl_db.result_ctas_kind')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
