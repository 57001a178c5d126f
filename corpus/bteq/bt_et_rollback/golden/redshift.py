"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:2
S010 = """\
CREATE TABLE bq_db.ledger (
  id INTEGER,
  amt INTEGER
)
DISTKEY(id)
"""

# source: input.bteq:3
S020 = """\
CREATE TABLE bq_db.steps (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step)
"""

# source: input.bteq:4
S030 = """\
INSERT INTO bq_db.ledger
VALUES
  (1, 100)
"""

# source: input.bteq:5
S040 = "BEGIN"

# source: input.bteq:6
S050 = """\
INSERT INTO bq_db.ledger
VALUES
  (2, 200)
"""

# source: input.bteq:7
S060 = """\
UPDATE bq_db.ledger SET amt = amt + 1
WHERE
  id = 1
"""

# source: input.bteq:8
S070 = """\
INSERT INTO bq_db.missing_table
VALUES
  (3, 300)
"""

# source: input.bteq:10
S080 = "COMMIT"

# source: input.bteq:11
S090 = """\
INSERT INTO bq_db.steps
VALUES
  (1, 'committed', NULL)
"""

# source: input.bteq:14
S100 = """\
INSERT INTO bq_db.steps
SELECT
  2,
  'rolled back',
  COUNT(*)
FROM bq_db.ledger
"""

# source: input.bteq:16
S110 = "BEGIN"

# source: input.bteq:17
S120 = """\
INSERT INTO bq_db.ledger
VALUES
  (4, 400)
"""

# source: input.bteq:18
S130 = """\
UPDATE bq_db.ledger SET amt = amt * 2
WHERE
  id = 4
"""

# source: input.bteq:19
S140 = "COMMIT"

# source: input.bteq:20
S150 = """\
INSERT INTO bq_db.steps
SELECT
  3,
  'ledger sum',
  SUM(amt)
FROM bq_db.ledger
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
            script.sql('S070', S070)
            # source: input.bteq:9  .IF ERRORCODE <> 0 THEN .GOTO TXN_FAILED
            if script.error_code != 0:
                skip_to = 'TXN_FAILED'
        if skip_to is None:
            script.sql('S080', S080)
            script.sql('S090', S090)
            # source: input.bteq:12  .GOTO AFTER_TXN
            skip_to = 'AFTER_TXN'
        # source: input.bteq:13  .LABEL TXN_FAILED
        if skip_to == 'TXN_FAILED':
            skip_to = None
        if skip_to is None:
            script.sql('S100', S100)
        # source: input.bteq:15  .LABEL AFTER_TXN
        if skip_to == 'AFTER_TXN':
            skip_to = None
        if skip_to is None:
            script.sql('S110', S110)
            script.sql('S120', S120)
            script.sql('S130', S130)
            script.sql('S140', S140)
            script.sql('S150', S150)
            # source: input.bteq:21  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
