"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:5
S010 = """\
CREATE TABLE dup_db.tags (
  id INTEGER,
  "tag" VARCHAR(12)
)
DISTKEY(id)
"""

# source: input.bteq:6
S020 = """\
CREATE TABLE dup_db.log (
  step INTEGER,
  code INTEGER
)
DISTKEY(step)
"""

# source: input.bteq:7
S030 = """\
INSERT INTO dup_db.tags
SELECT
  1,
  'ab'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_1
    WHERE
      leapc_stored_1.id = 1 AND UPPER(RTRIM(leapc_stored_1."tag")) = 'AB'
  )
"""

# source: input.bteq:8
S040 = """\
INSERT INTO dup_db.tags
SELECT
  1,
  'ab'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_2
    WHERE
      leapc_stored_2.id = 1 AND UPPER(RTRIM(leapc_stored_2."tag")) = 'AB'
  )
"""

# source: input.bteq:10
S050 = """\
INSERT INTO dup_db.log
VALUES
  (1, 0)
"""

# source: input.bteq:13
S060 = """\
INSERT INTO dup_db.log
VALUES
  (1, 2802)
"""

# source: input.bteq:15
S070 = """\
INSERT INTO dup_db.tags
SELECT
  1,
  'ab   '
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_3
    WHERE
      leapc_stored_3.id = 1 AND UPPER(RTRIM(leapc_stored_3."tag")) = 'AB'
  )
"""

# source: input.bteq:17
S080 = """\
INSERT INTO dup_db.log
VALUES
  (2, 0)
"""

# source: input.bteq:20
S090 = """\
INSERT INTO dup_db.log
VALUES
  (2, 2802)
"""

# source: input.bteq:22
S100 = """\
INSERT INTO dup_db.tags
SELECT
  2,
  'cd'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_4
    WHERE
      leapc_stored_4.id = 2 AND UPPER(RTRIM(leapc_stored_4."tag")) = 'CD'
  )
"""

# source: input.bteq:23
S110 = """\
INSERT INTO dup_db.tags
SELECT
  leapc_g_7.leapc_s1 AS "1",
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
INSERT INTO dup_db.log
VALUES
  (3, 0)
"""

# source: input.bteq:28
S130 = """\
INSERT INTO dup_db.log
VALUES
  (3, 1)
"""

# source: input.bteq:30
S140 = """\
INSERT INTO dup_db.log
SELECT
  10 + id,
  COUNT(*)
FROM dup_db.tags
GROUP BY
  id
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030, duplicate_row_error=True)
            script.sql('S040', S040, duplicate_row_error=True)
            # source: input.bteq:9  .IF ERRORCODE = 2802 THEN .GOTO DUP1
            if script.error_code == 2802:
                skip_to = 'DUP1'
        if skip_to is None:
            script.sql('S050', S050)
            # source: input.bteq:11  .GOTO NEXT1
            skip_to = 'NEXT1'
        # source: input.bteq:12  .LABEL DUP1
        if skip_to == 'DUP1':
            skip_to = None
        if skip_to is None:
            script.sql('S060', S060)
        # source: input.bteq:14  .LABEL NEXT1
        if skip_to == 'NEXT1':
            skip_to = None
        if skip_to is None:
            script.sql('S070', S070, duplicate_row_error=True)
            # source: input.bteq:16  .IF ERRORCODE = 2802 THEN .GOTO DUP2
            if script.error_code == 2802:
                skip_to = 'DUP2'
        if skip_to is None:
            script.sql('S080', S080)
            # source: input.bteq:18  .GOTO NEXT2
            skip_to = 'NEXT2'
        # source: input.bteq:19  .LABEL DUP2
        if skip_to == 'DUP2':
            skip_to = None
        if skip_to is None:
            script.sql('S090', S090)
        # source: input.bteq:21  .LABEL NEXT2
        if skip_to == 'NEXT2':
            skip_to = None
        if skip_to is None:
            script.sql('S100', S100, duplicate_row_error=True)
            script.sql('S110', S110)
            # source: input.bteq:24  .IF ERRORCODE <> 0 THEN .GOTO SEL_FAILED
            if script.error_code != 0:
                skip_to = 'SEL_FAILED'
        if skip_to is None:
            script.sql('S120', S120)
            # source: input.bteq:26  .GOTO DONE
            skip_to = 'DONE'
        # source: input.bteq:27  .LABEL SEL_FAILED
        if skip_to == 'SEL_FAILED':
            skip_to = None
        if skip_to is None:
            script.sql('S130', S130)
        # source: input.bteq:29  .LABEL DONE
        if skip_to == 'DONE':
            skip_to = None
        if skip_to is None:
            script.sql('S140', S140)
            # source: input.bteq:31  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
