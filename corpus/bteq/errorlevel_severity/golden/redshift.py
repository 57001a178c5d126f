"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:4
S010 = """\
CREATE TABLE bq_db.flags (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step)
"""

# source: input.bteq:5
S020 = """\
CREATE TABLE bq_db.rates (
  id INTEGER,
  amt INTEGER,
  qty INTEGER
)
DISTKEY(id)
"""

# source: input.bteq:6
S030 = """\
INSERT INTO bq_db.rates
VALUES
  (1, 10, 4)
"""

# source: input.bteq:7
S040 = """\
INSERT INTO bq_db.rates
VALUES
  (2, 5, 0)
"""

# source: input.bteq:8
S050 = "DROP TABLE bq_db.never_created"

# source: input.bteq:10
S060 = """\
INSERT INTO bq_db.flags
VALUES
  (1, 'drop ignored', NULL)
"""

# source: input.bteq:12
S070 = """\
INSERT INTO bq_db.flags
SELECT
  10 + id,
  'unit',
  amt / qty
FROM bq_db.rates
"""

# source: input.bteq:14
S080 = """\
INSERT INTO bq_db.flags
VALUES
  (2, 'division ok', NULL)
"""

# source: input.bteq:17
S090 = """\
INSERT INTO bq_db.flags
SELECT
  3,
  'division failed',
  COUNT(*)
FROM bq_db.flags
"""

# source: input.bteq:19
S100 = """\
INSERT INTO bq_db.flags
SELECT
  4,
  'safe unit',
  amt / NULLIF(qty, 0)
FROM bq_db.rates
WHERE
  id = 1
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET ERRORLEVEL 3807 SEVERITY 0
            script.set_error_level(3807, 0)
            # source: input.bteq:3  .SET ERRORLEVEL 2618 SEVERITY 4
            script.set_error_level(2618, 4)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040)
            script.sql('S050', S050)
            # source: input.bteq:9  .IF ERRORLEVEL > 0 THEN .GOTO LEVEL_NONZERO
            if script.error_level > 0:
                skip_to = 'LEVEL_NONZERO'
        if skip_to is None:
            script.sql('S060', S060)
        # source: input.bteq:11  .LABEL LEVEL_NONZERO
        if skip_to == 'LEVEL_NONZERO':
            skip_to = None
        if skip_to is None:
            script.sql('S070', S070)
            # source: input.bteq:13  .IF ERRORLEVEL >= 4 THEN .GOTO DIV_FAILED
            if script.error_level >= 4:
                skip_to = 'DIV_FAILED'
        if skip_to is None:
            script.sql('S080', S080)
            # source: input.bteq:15  .GOTO WRAP_UP
            skip_to = 'WRAP_UP'
        # source: input.bteq:16  .LABEL DIV_FAILED
        if skip_to == 'DIV_FAILED':
            skip_to = None
        if skip_to is None:
            script.sql('S090', S090)
        # source: input.bteq:18  .LABEL WRAP_UP
        if skip_to == 'WRAP_UP':
            skip_to = None
        if skip_to is None:
            script.sql('S100', S100)
            # source: input.bteq:20  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
