"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Health checks driven by ACTIVITYCOUNT: a COUNT(*) query always returns one row, an UPDATE counts
#    the rows it qualified even when values do not change, a MERGE counts updates plus inserts,
#    HAVING can return no row, a failed request leaves ACTIVITYCOUNT 0
# source: input.bteq:7
S010 = """\
CREATE TABLE hc_db.acct (
  acct_id INT NOT NULL,
  region STRING,
  status STRING
)
USING PARQUET
"""

# source: input.bteq:15
S020 = """\
CREATE TABLE hc_db.acct_feed (
  acct_id INT,
  region STRING,
  status STRING
)
USING PARQUET
"""

# source: input.bteq:23
S030 = """\
CREATE TABLE hc_db.check_log (
  check_no INT,
  outcome STRING
)
USING PARQUET
"""

# source: input.bteq:30
S040 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'EAST', 'ACTIVE')
) AS leapc_values
"""
S040_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (1, 'EAST', 'ACTIVE')
  ) AS leapc_new_1(acct_id, region, status)
  GROUP BY
    leapc_new_1.acct_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (1, 'EAST', 'ACTIVE')
  ) AS leapc_new_2(acct_id, region, status)
  WHERE
    EXISTS(
      SELECT
        1
      FROM hc_db.acct AS leapc_stored_3
      WHERE
        leapc_stored_3.acct_id = leapc_new_2.acct_id
    )
) AS leapc_dup_4
LIMIT 1
""",
]

# source: input.bteq:31
S050 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'EAST', 'ACTIVE')
) AS leapc_values
"""
S050_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (2, 'EAST', 'ACTIVE')
  ) AS leapc_new_5(acct_id, region, status)
  GROUP BY
    leapc_new_5.acct_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (2, 'EAST', 'ACTIVE')
  ) AS leapc_new_6(acct_id, region, status)
  WHERE
    EXISTS(
      SELECT
        1
      FROM hc_db.acct AS leapc_stored_7
      WHERE
        leapc_stored_7.acct_id = leapc_new_6.acct_id
    )
) AS leapc_dup_8
LIMIT 1
""",
]

# source: input.bteq:32
S060 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'WEST', 'CLOSED')
) AS leapc_values
"""
S060_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (3, 'WEST', 'CLOSED')
  ) AS leapc_new_9(acct_id, region, status)
  GROUP BY
    leapc_new_9.acct_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (3, 'WEST', 'CLOSED')
  ) AS leapc_new_10(acct_id, region, status)
  WHERE
    EXISTS(
      SELECT
        1
      FROM hc_db.acct AS leapc_stored_11
      WHERE
        leapc_stored_11.acct_id = leapc_new_10.acct_id
    )
) AS leapc_dup_12
LIMIT 1
""",
]

# source: input.bteq:33
S070 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'EAST', 'FROZEN')
) AS leapc_values
"""

# source: input.bteq:34
S080 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'WEST', 'ACTIVE')
) AS leapc_values
"""

# source: input.bteq:35
S090 = """\
SELECT
  *
FROM (
  VALUES
    (9, 'NORTH', 'ACTIVE')
) AS leapc_values
"""

# source: input.bteq:37
S100 = """\
SELECT
  COUNT(*)
FROM hc_db.acct
WHERE
  UPPER(RTRIM(region)) = 'SOUTH'
"""

# source: input.bteq:39
S110 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'count query returned a row')
) AS leapc_values
"""

# source: input.bteq:42
S120 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'count query returned nothing')
) AS leapc_values
"""

# source: input.bteq:45
S130_SET = {
    'status': "'ACTIVE'",
}
S130_WHERE = "UPPER(RTRIM(region)) = 'EAST'"

# source: input.bteq:47
S140 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'update counted changed rows only')
) AS leapc_values
"""

# source: input.bteq:50
S150 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'update counted qualified rows')
) AS leapc_values
"""

# source: input.bteq:53
S160_ON = "a.acct_id = f.acct_id"

# source: input.bteq:59
S170 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'merge count not 3')
) AS leapc_values
"""

# source: input.bteq:62
S180 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'merge counted updates and inserts')
) AS leapc_values
"""

# source: input.bteq:65
S190 = """\
SELECT
  MIN(region) AS region
FROM hc_db.acct
GROUP BY
  UPPER(RTRIM(region))
HAVING
  COUNT(*) > 5
"""

# source: input.bteq:67
S200 = """\
SELECT
  *
FROM (
  VALUES
    (4, 'no crowded region')
) AS leapc_values
"""

# source: input.bteq:70
S210 = """\
SELECT
  *
FROM hc_db.acct_archive
"""
S210_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    SELECT
      *
    FROM hc_db.acct_archive
  ) AS leapc_new_13(acct_id, region, status)
  GROUP BY
    leapc_new_13.acct_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    SELECT
      *
    FROM hc_db.acct_archive
  ) AS leapc_new_14(acct_id, region, status)
  WHERE
    EXISTS(
      SELECT
        1
      FROM hc_db.acct AS leapc_stored_15
      WHERE
        leapc_stored_15.acct_id = leapc_new_14.acct_id
    )
) AS leapc_dup_16
LIMIT 1
""",
]

# source: input.bteq:72
S220 = """\
SELECT
  *
FROM (
  VALUES
    (5, 'archive restored')
) AS leapc_values
"""

# source: input.bteq:75
S230 = """\
SELECT
  5,
  'archive missing, accts=' || TRIM(SUBSTRING(CAST(COUNT(*) AS STRING), 1, 10))
FROM hc_db.acct
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET WIDTH 200  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.insert('S040', 'hc_db.acct', S040, unique_checks=S040_KEYS)
            script.insert('S050', 'hc_db.acct', S050, unique_checks=S050_KEYS)
            script.insert('S060', 'hc_db.acct', S060, unique_checks=S060_KEYS)
            script.insert('S070', 'hc_db.acct_feed', S070)
            script.insert('S080', 'hc_db.acct_feed', S080)
            script.insert('S090', 'hc_db.acct_feed', S090)
            script.sql('S100', S100, count=True)
            # source: input.bteq:38  .IF ACTIVITYCOUNT = 0 THEN .GOTO C1_ZERO
            if script.activity_count == 0:
                skip_to = 'C1_ZERO'
        if skip_to is None:
            script.insert('S110', 'hc_db.check_log', S110)
            # source: input.bteq:40  .GOTO C2
            skip_to = 'C2'
        # source: input.bteq:41  .LABEL C1_ZERO
        if skip_to == 'C1_ZERO':
            skip_to = None
        if skip_to is None:
            script.insert('S120', 'hc_db.check_log', S120)
        # source: input.bteq:44  .LABEL C2
        if skip_to == 'C2':
            skip_to = None
        if skip_to is None:
            script.update('S130', 'hc_db.acct', 'acct', S130_SET, where=S130_WHERE)
            # source: input.bteq:46  .IF ACTIVITYCOUNT = 2 THEN .GOTO C2_TWO
            if script.activity_count == 2:
                skip_to = 'C2_TWO'
        if skip_to is None:
            script.insert('S140', 'hc_db.check_log', S140)
            # source: input.bteq:48  .GOTO C3
            skip_to = 'C3'
        # source: input.bteq:49  .LABEL C2_TWO
        if skip_to == 'C2_TWO':
            skip_to = None
        if skip_to is None:
            script.insert('S150', 'hc_db.check_log', S150)
        # source: input.bteq:52  .LABEL C3
        if skip_to == 'C3':
            skip_to = None
        if skip_to is None:
            script.merge('S160', 'hc_db.acct', 'a', 'hc_db.acct_feed', 'f', S160_ON, sets={'status': 'f.status'}, insert_columns=['acct_id', 'region', 'status'], insert_values=["CASE WHEN f.acct_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_id') ELSE f.acct_id END", 'f.region', 'f.status'])
            # source: input.bteq:58  .IF ACTIVITYCOUNT = 3 THEN .GOTO C3_THREE
            if script.activity_count == 3:
                skip_to = 'C3_THREE'
        if skip_to is None:
            script.insert('S170', 'hc_db.check_log', S170)
            # source: input.bteq:60  .GOTO C4
            skip_to = 'C4'
        # source: input.bteq:61  .LABEL C3_THREE
        if skip_to == 'C3_THREE':
            skip_to = None
        if skip_to is None:
            script.insert('S180', 'hc_db.check_log', S180)
        # source: input.bteq:64  .LABEL C4
        if skip_to == 'C4':
            skip_to = None
        if skip_to is None:
            script.sql('S190', S190, count=True)
            # source: input.bteq:66  .IF ACTIVITYCOUNT > 0 THEN .GOTO C5
            if script.activity_count > 0:
                skip_to = 'C5'
        if skip_to is None:
            script.insert('S200', 'hc_db.check_log', S200)
        # source: input.bteq:69  .LABEL C5
        if skip_to == 'C5':
            skip_to = None
        if skip_to is None:
            script.insert('S210', 'hc_db.acct', S210, unique_checks=S210_KEYS)
            # source: input.bteq:71  .IF (ERRORCODE <> 0) AND (ACTIVITYCOUNT = 0) THEN .GOTO C5_FAILED
            if script.error_code != 0 and script.activity_count == 0:
                skip_to = 'C5_FAILED'
        if skip_to is None:
            script.insert('S220', 'hc_db.check_log', S220)
            # source: input.bteq:73  .GOTO DONE
            skip_to = 'DONE'
        # source: input.bteq:74  .LABEL C5_FAILED
        if skip_to == 'C5_FAILED':
            skip_to = None
        if skip_to is None:
            script.insert('S230', 'hc_db.check_log', S230)
        # source: input.bteq:77  .LABEL DONE
        if skip_to == 'DONE':
            skip_to = None
        if skip_to is None:
            # source: input.bteq:78  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
