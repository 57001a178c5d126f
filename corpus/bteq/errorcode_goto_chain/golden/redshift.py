"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:3
S010 = """\
CREATE TABLE bq_db.run_log (
  step INTEGER,
  msg VARCHAR(80),
  n INTEGER
)
DISTKEY(step)
"""

# source: input.bteq:4
S020 = "DROP TABLE bq_db.wrk_missing"

# source: input.bteq:6
S030 = """\
INSERT INTO bq_db.run_log
VALUES
  (1, 'wrk existed', NULL)
"""

# source: input.bteq:8
S040 = """\
INSERT INTO bq_db.run_log
VALUES
  (2, 'after drop', NULL)
"""

# source: input.bteq:10
S050 = """\
SELECT
  *
FROM bq_db.no_such_table
"""

# source: input.bteq:12
S060 = """\
INSERT INTO bq_db.run_log
VALUES
  (3, 'select failed', NULL)
"""

# source: input.bteq:15
S070 = """\
INSERT INTO bq_db.run_log
VALUES
  (4, 'must be skipped', NULL)
"""

# source: input.bteq:18
S080 = """\
INSERT INTO bq_db.run_log
SELECT
  5,
  'rows so far',
  COUNT(*)
FROM bq_db.run_log
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET WIDTH 200  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            # source: input.bteq:5  .IF ERRORCODE = 3807 THEN .GOTO NO_WRK
            if script.error_code == 3807:
                skip_to = 'NO_WRK'
        if skip_to is None:
            script.sql('S030', S030)
        # source: input.bteq:7  .LABEL NO_WRK
        if skip_to == 'NO_WRK':
            skip_to = None
        if skip_to is None:
            script.sql('S040', S040)
            # source: input.bteq:9  .IF ERRORCODE <> 0 THEN .QUIT 8
            if script.error_code != 0:
                script.quit(8)
            script.sql('S050', S050, count=True)
            # source: input.bteq:11  .IF ERRORCODE = 0 THEN .GOTO SKIP_ERR
            if script.error_code == 0:
                skip_to = 'SKIP_ERR'
        if skip_to is None:
            script.sql('S060', S060)
        # source: input.bteq:13  .LABEL SKIP_ERR
        if skip_to == 'SKIP_ERR':
            skip_to = None
        if skip_to is None:
            # source: input.bteq:14  .GOTO FINISH
            skip_to = 'FINISH'
        if skip_to is None:
            script.sql('S070', S070)
            # source: input.bteq:16  .QUIT 12
            script.quit(12)
        # source: input.bteq:17  .LABEL FINISH
        if skip_to == 'FINISH':
            skip_to = None
        if skip_to is None:
            script.sql('S080', S080)
            # source: input.bteq:19  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
