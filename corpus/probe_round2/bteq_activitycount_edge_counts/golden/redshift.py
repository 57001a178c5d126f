"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:7
S010 = """\
CREATE TABLE hc_db.acct (
  acct_id INTEGER NOT NULL,
  region VARCHAR(20),
  status VARCHAR(20)
)
DISTKEY(acct_id)
"""

# source: input.bteq:15
S020 = """\
CREATE TABLE hc_db.acct_feed (
  acct_id INTEGER,
  region VARCHAR(20),
  status VARCHAR(20)
)
DISTKEY(acct_id)
"""

# source: input.bteq:23
S030 = """\
CREATE TABLE hc_db.check_log (
  check_no INTEGER,
  outcome VARCHAR(80)
)
DISTKEY(check_no)
"""

# source: input.bteq:30
S040 = """\
INSERT INTO hc_db.acct
VALUES
  (1, 'EAST', 'ACTIVE')
"""
S040_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    (
      SELECT
        1,
        'EAST',
        'ACTIVE'
    )
  ) AS leapc_new_1(acct_id, region, status)
  GROUP BY
    leapc_new_1.acct_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        1,
        'EAST',
        'ACTIVE'
    )
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
INSERT INTO hc_db.acct
VALUES
  (2, 'EAST', 'ACTIVE')
"""
S050_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    (
      SELECT
        2,
        'EAST',
        'ACTIVE'
    )
  ) AS leapc_new_5(acct_id, region, status)
  GROUP BY
    leapc_new_5.acct_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        2,
        'EAST',
        'ACTIVE'
    )
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
INSERT INTO hc_db.acct
VALUES
  (3, 'WEST', 'CLOSED')
"""
S060_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    (
      SELECT
        3,
        'WEST',
        'CLOSED'
    )
  ) AS leapc_new_9(acct_id, region, status)
  GROUP BY
    leapc_new_9.acct_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        3,
        'WEST',
        'CLOSED'
    )
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
INSERT INTO hc_db.acct_feed
VALUES
  (2, 'EAST', 'FROZEN')
"""

# source: input.bteq:34
S080 = """\
INSERT INTO hc_db.acct_feed
VALUES
  (3, 'WEST', 'ACTIVE')
"""

# source: input.bteq:35
S090 = """\
INSERT INTO hc_db.acct_feed
VALUES
  (9, 'NORTH', 'ACTIVE')
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
INSERT INTO hc_db.check_log
VALUES
  (1, 'count query returned a row')
"""

# source: input.bteq:42
S120 = """\
INSERT INTO hc_db.check_log
VALUES
  (1, 'count query returned nothing')
"""

# source: input.bteq:45
S130 = """\
UPDATE hc_db.acct SET status = 'ACTIVE'
WHERE
  UPPER(RTRIM(region)) = 'EAST'
"""

# source: input.bteq:47
S140 = """\
INSERT INTO hc_db.check_log
VALUES
  (2, 'update counted changed rows only')
"""

# source: input.bteq:50
S150 = """\
INSERT INTO hc_db.check_log
VALUES
  (2, 'update counted qualified rows')
"""

# source: input.bteq:53
S160 = """\
MERGE INTO hc_db.acct
USING hc_db.acct_feed AS f
ON acct.acct_id = f.acct_id
WHEN MATCHED THEN UPDATE SET
  status = f.status
WHEN NOT MATCHED THEN INSERT (acct_id, region, status) VALUES (f.acct_id, f.region, f.status)
"""

# source: input.bteq:59
S170 = """\
INSERT INTO hc_db.check_log
VALUES
  (3, 'merge count not 3')
"""

# source: input.bteq:62
S180 = """\
INSERT INTO hc_db.check_log
VALUES
  (3, 'merge counted updates and inserts')
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
INSERT INTO hc_db.check_log
VALUES
  (4, 'no crowded region')
"""

# source: input.bteq:70
S210 = """\
INSERT INTO hc_db.acct
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
INSERT INTO hc_db.check_log
VALUES
  (5, 'archive restored')
"""

# source: input.bteq:75
S230 = """\
INSERT INTO hc_db.check_log
SELECT
  5,
  'archive missing, accts=' || TRIM(CAST(COUNT(*) AS VARCHAR(10)))
FROM hc_db.acct
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET WIDTH 200  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040, unique_checks=S040_KEYS)
            script.sql('S050', S050, unique_checks=S050_KEYS)
            script.sql('S060', S060, unique_checks=S060_KEYS)
            script.sql('S070', S070)
            script.sql('S080', S080)
            script.sql('S090', S090)
            script.sql('S100', S100, count=True)
            # source: input.bteq:38  .IF ACTIVITYCOUNT = 0 THEN .GOTO C1_ZERO
            if script.activity_count == 0:
                skip_to = 'C1_ZERO'
        if skip_to is None:
            script.sql('S110', S110)
            # source: input.bteq:40  .GOTO C2
            skip_to = 'C2'
        # source: input.bteq:41  .LABEL C1_ZERO
        if skip_to == 'C1_ZERO':
            skip_to = None
        if skip_to is None:
            script.sql('S120', S120)
        # source: input.bteq:44  .LABEL C2
        if skip_to == 'C2':
            skip_to = None
        if skip_to is None:
            script.sql('S130', S130)
            # source: input.bteq:46  .IF ACTIVITYCOUNT = 2 THEN .GOTO C2_TWO
            if script.activity_count == 2:
                skip_to = 'C2_TWO'
        if skip_to is None:
            script.sql('S140', S140)
            # source: input.bteq:48  .GOTO C3
            skip_to = 'C3'
        # source: input.bteq:49  .LABEL C2_TWO
        if skip_to == 'C2_TWO':
            skip_to = None
        if skip_to is None:
            script.sql('S150', S150)
        # source: input.bteq:52  .LABEL C3
        if skip_to == 'C3':
            skip_to = None
        if skip_to is None:
            script.sql('S160', S160)
            # source: input.bteq:58  .IF ACTIVITYCOUNT = 3 THEN .GOTO C3_THREE
            if script.activity_count == 3:
                skip_to = 'C3_THREE'
        if skip_to is None:
            script.sql('S170', S170)
            # source: input.bteq:60  .GOTO C4
            skip_to = 'C4'
        # source: input.bteq:61  .LABEL C3_THREE
        if skip_to == 'C3_THREE':
            skip_to = None
        if skip_to is None:
            script.sql('S180', S180)
        # source: input.bteq:64  .LABEL C4
        if skip_to == 'C4':
            skip_to = None
        if skip_to is None:
            script.sql('S190', S190, count=True)
            # source: input.bteq:66  .IF ACTIVITYCOUNT > 0 THEN .GOTO C5
            if script.activity_count > 0:
                skip_to = 'C5'
        if skip_to is None:
            script.sql('S200', S200)
        # source: input.bteq:69  .LABEL C5
        if skip_to == 'C5':
            skip_to = None
        if skip_to is None:
            script.sql('S210', S210, unique_checks=S210_KEYS)
            # source: input.bteq:71  .IF (ERRORCODE <> 0) AND (ACTIVITYCOUNT = 0) THEN .GOTO C5_FAILED
            if script.error_code != 0 and script.activity_count == 0:
                skip_to = 'C5_FAILED'
        if skip_to is None:
            script.sql('S220', S220)
            # source: input.bteq:73  .GOTO DONE
            skip_to = 'DONE'
        # source: input.bteq:74  .LABEL C5_FAILED
        if skip_to == 'C5_FAILED':
            skip_to = None
        if skip_to is None:
            script.sql('S230', S230)
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
    from wmg.elt import db_main

    sys.exit(db_main(run))
