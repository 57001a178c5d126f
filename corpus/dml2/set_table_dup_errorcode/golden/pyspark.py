"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Single-row INSERT of a duplicate row into a SET table fails with 2802 (BTEQ continues, and
#    ERRORCODE is 2802); trailing blanks do not make a row different; the same duplicate through
#    INSERT ... SELECT is silently discarded with ERRORCODE 0
# source: input.bteq:5
S010 = """\
CREATE TABLE dup_db.tags (
  id INT,
  tag STRING
)
USING PARQUET
"""

# source: input.bteq:6
S020 = """\
CREATE TABLE dup_db.log (
  step INT,
  code INT
)
USING PARQUET
"""

# source: input.bteq:7
S030 = """\
SELECT
  1,
  'ab'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_1
    WHERE
      leapc_stored_1.id = 1 AND UPPER(RTRIM(leapc_stored_1.tag)) = 'AB'
  )
"""

# source: input.bteq:8
S040 = """\
SELECT
  1,
  'ab'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_2
    WHERE
      leapc_stored_2.id = 1 AND UPPER(RTRIM(leapc_stored_2.tag)) = 'AB'
  )
"""

# source: input.bteq:10
S050 = """\
SELECT
  *
FROM (
  VALUES
    (1, 0)
) AS leapc_values
"""

# source: input.bteq:13
S060 = """\
SELECT
  *
FROM (
  VALUES
    (1, 2802)
) AS leapc_values
"""

# source: input.bteq:15
S070 = """\
SELECT
  1,
  'ab   '
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_3
    WHERE
      leapc_stored_3.id = 1 AND UPPER(RTRIM(leapc_stored_3.tag)) = 'AB'
  )
"""

# source: input.bteq:17
S080 = """\
SELECT
  *
FROM (
  VALUES
    (2, 0)
) AS leapc_values
"""

# source: input.bteq:20
S090 = """\
SELECT
  *
FROM (
  VALUES
    (2, 2802)
) AS leapc_values
"""

# source: input.bteq:22
S100 = """\
SELECT
  2,
  'cd'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_4
    WHERE
      leapc_stored_4.id = 2 AND UPPER(RTRIM(leapc_stored_4.tag)) = 'CD'
  )
"""

# source: input.bteq:23
S110 = """\
SELECT
  leapc_g_7.leapc_s1 AS `1`,
  leapc_g_7.leapc_s2 AS ab
FROM (
  SELECT
    leapc_l_5.leapc_s1 AS leapc_s1,
    MIN(leapc_l_5.leapc_s2) AS leapc_s2,
    leapc_l_5.leapc_s1 AS leapc_s1_key,
    RTRIM(leapc_l_5.leapc_s2) AS leapc_s2_key
  FROM (
    SELECT
      1,
      'ab'
  ) AS leapc_l_5(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_5.leapc_s1,
    RTRIM(leapc_l_5.leapc_s2)
) AS leapc_g_7
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM dup_db.tags
    ) AS leapc_r_6(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_6.leapc_s1 = leapc_g_7.leapc_s1_key
        OR (
          leapc_r_6.leapc_s1 IS NULL AND leapc_g_7.leapc_s1_key IS NULL
        )
      )
      AND (
        RTRIM(leapc_r_6.leapc_s2) = leapc_g_7.leapc_s2_key
        OR (
          RTRIM(leapc_r_6.leapc_s2) IS NULL AND leapc_g_7.leapc_s2_key IS NULL
        )
      )
  )
"""

# source: input.bteq:25
S120 = """\
SELECT
  *
FROM (
  VALUES
    (3, 0)
) AS leapc_values
"""

# source: input.bteq:28
S130 = """\
SELECT
  *
FROM (
  VALUES
    (3, 1)
) AS leapc_values
"""

# source: input.bteq:30
S140 = """\
SELECT
  10 + id,
  COUNT(*)
FROM dup_db.tags
GROUP BY
  id
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'dup_db.tags', S030, duplicate_row_error=True)
            script.insert('S040', 'dup_db.tags', S040, duplicate_row_error=True)
            # source: input.bteq:9  .IF ERRORCODE = 2802 THEN .GOTO DUP1
            if script.error_code == 2802:
                skip_to = 'DUP1'
        if skip_to is None:
            script.insert('S050', 'dup_db.log', S050)
            # source: input.bteq:11  .GOTO NEXT1
            skip_to = 'NEXT1'
        # source: input.bteq:12  .LABEL DUP1
        if skip_to == 'DUP1':
            skip_to = None
        if skip_to is None:
            script.insert('S060', 'dup_db.log', S060)
        # source: input.bteq:14  .LABEL NEXT1
        if skip_to == 'NEXT1':
            skip_to = None
        if skip_to is None:
            script.insert('S070', 'dup_db.tags', S070, duplicate_row_error=True)
            # source: input.bteq:16  .IF ERRORCODE = 2802 THEN .GOTO DUP2
            if script.error_code == 2802:
                skip_to = 'DUP2'
        if skip_to is None:
            script.insert('S080', 'dup_db.log', S080)
            # source: input.bteq:18  .GOTO NEXT2
            skip_to = 'NEXT2'
        # source: input.bteq:19  .LABEL DUP2
        if skip_to == 'DUP2':
            skip_to = None
        if skip_to is None:
            script.insert('S090', 'dup_db.log', S090)
        # source: input.bteq:21  .LABEL NEXT2
        if skip_to == 'NEXT2':
            skip_to = None
        if skip_to is None:
            script.insert('S100', 'dup_db.tags', S100, duplicate_row_error=True)
            script.insert('S110', 'dup_db.tags', S110)
            # source: input.bteq:24  .IF ERRORCODE <> 0 THEN .GOTO SEL_FAILED
            if script.error_code != 0:
                skip_to = 'SEL_FAILED'
        if skip_to is None:
            script.insert('S120', 'dup_db.log', S120)
            # source: input.bteq:26  .GOTO DONE
            skip_to = 'DONE'
        # source: input.bteq:27  .LABEL SEL_FAILED
        if skip_to == 'SEL_FAILED':
            skip_to = None
        if skip_to is None:
            script.insert('S130', 'dup_db.log', S130)
        # source: input.bteq:29  .LABEL DONE
        if skip_to == 'DONE':
            skip_to = None
        if skip_to is None:
            script.insert('S140', 'dup_db.log', S140)
            # source: input.bteq:31  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
