"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:2
S010 = """\
CREATE TABLE bq_db.accts (
  id INTEGER,
  status VARCHAR(20),
  bal DECIMAL(10, 2)
)
DISTKEY(id)
"""

# source: input.bteq:3
S020 = """\
CREATE TABLE bq_db.audit (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step)
"""

# source: input.bteq:4
S030 = """\
INSERT INTO bq_db.accts
VALUES
  (1, 'open', 10.00)
"""

# source: input.bteq:5
S040 = """\
INSERT INTO bq_db.accts
VALUES
  (2, 'OPEN', 0.00)
"""

# source: input.bteq:6
S050 = """\
INSERT INTO bq_db.accts
VALUES
  (3, 'closed', 5.00)
"""

# source: input.bteq:7
S060 = """\
UPDATE bq_db.accts SET bal = bal + 1
WHERE
  UPPER(RTRIM(status)) = 'OPEN'
"""

# source: input.bteq:9
S070 = """\
INSERT INTO bq_db.audit
VALUES
  (1, 'update count wrong', NULL)
"""

# source: input.bteq:11
S080 = """\
DELETE FROM bq_db.accts
WHERE
  bal > 100
"""

# source: input.bteq:13
S090 = """\
INSERT INTO bq_db.audit
VALUES
  (2, 'deleted rows', NULL)
"""

# source: input.bteq:15
S100 = """\
INSERT INTO bq_db.audit
SELECT
  3,
  'open accounts',
  COUNT(*)
FROM bq_db.accts
WHERE
  UPPER(RTRIM(status)) = 'OPEN'
"""

# source: input.bteq:17
S110 = """\
SELECT
  id
FROM bq_db.accts
WHERE
  bal > 1
"""

# source: input.bteq:19
S120 = """\
INSERT INTO bq_db.audit
VALUES
  (4, 'few rows', NULL)
"""

# source: input.bteq:22
S130 = """\
INSERT INTO bq_db.audit
VALUES
  (5, 'many rows', NULL)
"""

# source: input.bteq:24
S140 = """\
INSERT INTO bq_db.accts
SELECT
  id + 10,
  status,
  bal
FROM bq_db.accts
WHERE
  UPPER(RTRIM(status)) = 'CLOSED'
"""

# source: input.bteq:28
S150 = """\
INSERT INTO bq_db.audit
SELECT
  6,
  'accounts now',
  COUNT(*)
FROM bq_db.accts
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040)
            script.sql('S050', S050)
            script.sql('S060', S060)
            # source: input.bteq:8  .IF ACTIVITYCOUNT = 2 THEN .GOTO UPD_OK
            if script.activity_count == 2:
                skip_to = 'UPD_OK'
        if skip_to is None:
            script.sql('S070', S070)
        # source: input.bteq:10  .LABEL UPD_OK
        if skip_to == 'UPD_OK':
            skip_to = None
        if skip_to is None:
            script.sql('S080', S080)
            # source: input.bteq:12  .IF ACTIVITYCOUNT = 0 THEN .GOTO NOTHING_DELETED
            if script.activity_count == 0:
                skip_to = 'NOTHING_DELETED'
        if skip_to is None:
            script.sql('S090', S090)
        # source: input.bteq:14  .LABEL NOTHING_DELETED
        if skip_to == 'NOTHING_DELETED':
            skip_to = None
        if skip_to is None:
            script.sql('S100', S100)
            # source: input.bteq:16  .IF ACTIVITYCOUNT <> 1 THEN .QUIT 7
            if script.activity_count != 1:
                script.quit(7)
            script.sql('S110', S110, count=True)
            # source: input.bteq:18  .IF ACTIVITYCOUNT >= 2 THEN .GOTO MANY
            if script.activity_count >= 2:
                skip_to = 'MANY'
        if skip_to is None:
            script.sql('S120', S120)
            # source: input.bteq:20  .GOTO END_SEL
            skip_to = 'END_SEL'
        # source: input.bteq:21  .LABEL MANY
        if skip_to == 'MANY':
            skip_to = None
        if skip_to is None:
            script.sql('S130', S130)
        # source: input.bteq:23  .LABEL END_SEL
        if skip_to == 'END_SEL':
            skip_to = None
        if skip_to is None:
            script.sql('S140', S140)
            # source: input.bteq:25  .IF ACTIVITYCOUNT = 1 THEN .GOTO COPIED
            if script.activity_count == 1:
                skip_to = 'COPIED'
        if skip_to is None:
            # source: input.bteq:26  .QUIT 9
            script.quit(9)
        # source: input.bteq:27  .LABEL COPIED
        if skip_to == 'COPIED':
            skip_to = None
        if skip_to is None:
            script.sql('S150', S150)
            # source: input.bteq:29  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
