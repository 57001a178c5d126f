"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:5
S010 = """\
CREATE TABLE mac_db.acct (
  id INTEGER NOT NULL,
  bal INTEGER NOT NULL
)
DISTKEY(id)
"""

# source: input.bteq:6
S020 = """\
CREATE TABLE mac_db.audit (
  id INTEGER,
  note VARCHAR(40)
)
DISTKEY(id)
"""

# source: input.bteq:7
S030 = """\
CREATE TABLE mac_db.steps (
  step INTEGER,
  info VARCHAR(40),
  n INTEGER
)
DISTKEY(step)
"""

# source: input.bteq:8
S040 = """\
INSERT INTO mac_db.acct
VALUES
  (1, 100)
"""

# source: input.bteq:9
S050 = """\
INSERT INTO mac_db.acct
VALUES
  (2, 50)
"""

# source: input.bteq:19
S060 = """\
UPDATE mac_db.acct SET bal = bal - 30
WHERE
  id = 1
"""

# source: input.bteq:19
S070 = """\
INSERT INTO mac_db.audit
VALUES
  (1, 'debit')
"""

# source: input.bteq:19
S080 = """\
UPDATE mac_db.acct SET bal = bal + 30
WHERE
  id = 2
"""

# source: input.bteq:19
S090 = """\
INSERT INTO mac_db.acct
SELECT
  2,
  CAST(NULL AS INTEGER)
FROM mac_db.acct
WHERE
  id = 1 AND 2 > 10
"""

# source: input.bteq:21
S100 = """\
INSERT INTO mac_db.steps
VALUES
  (1, 'ok', 0)
"""

# source: input.bteq:23
S110 = """\
UPDATE mac_db.acct SET bal = bal - 5
WHERE
  id = 2
"""

# source: input.bteq:23
S120 = """\
INSERT INTO mac_db.audit
VALUES
  (2, 'debit')
"""

# source: input.bteq:23
S130 = """\
UPDATE mac_db.acct SET bal = bal + 5
WHERE
  id = 99
"""

# source: input.bteq:23
S140 = """\
INSERT INTO mac_db.acct
SELECT
  99,
  CAST(NULL AS INTEGER)
FROM mac_db.acct
WHERE
  id = 2 AND 99 > 10
"""

# source: input.bteq:25
S150 = """\
INSERT INTO mac_db.steps
VALUES
  (2, 'failed', 0)
"""

# source: input.bteq:27
S160 = """\
INSERT INTO mac_db.steps
SELECT
  10 + id,
  'bal',
  bal
FROM mac_db.acct
"""

# source: input.bteq:28
S170 = """\
INSERT INTO mac_db.steps
SELECT
  20,
  'audit rows',
  COUNT(*)
FROM mac_db.audit
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
            script.begin_request()
            script.sql('S060', S060)
            if script.error_code == 0:
                script.sql('S070', S070)
            if script.error_code == 0:
                script.sql('S080', S080)
            if script.error_code == 0:
                script.sql('S090', S090)
            script.end_request()
            # source: input.bteq:20  .IF ERRORCODE <> 0 THEN .GOTO FAIL1
            if script.error_code != 0:
                skip_to = 'FAIL1'
        if skip_to is None:
            script.sql('S100', S100)
        # source: input.bteq:22  .LABEL FAIL1
        if skip_to == 'FAIL1':
            skip_to = None
        if skip_to is None:
            script.begin_request()
            script.sql('S110', S110)
            if script.error_code == 0:
                script.sql('S120', S120)
            if script.error_code == 0:
                script.sql('S130', S130)
            if script.error_code == 0:
                script.sql('S140', S140)
            script.end_request()
            # source: input.bteq:24  .IF ERRORCODE = 0 THEN .GOTO OK2
            if script.error_code == 0:
                skip_to = 'OK2'
        if skip_to is None:
            script.sql('S150', S150)
        # source: input.bteq:26  .LABEL OK2
        if skip_to == 'OK2':
            skip_to = None
        if skip_to is None:
            script.sql('S160', S160)
            script.sql('S170', S170)
            # source: input.bteq:29  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
