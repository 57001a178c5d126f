"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:4
S010 = """\
CREATE TABLE mq_db.acct_bal (
  acct_id INTEGER NOT NULL,
  bal DECIMAL(10, 2) NOT NULL
)
DISTKEY(acct_id)
"""

# source: input.bteq:11
S020 = """\
CREATE TABLE mq_db.run_log (
  step INTEGER,
  msg VARCHAR(60),
  amt DECIMAL(10, 2)
)
DISTKEY(step)
"""

# source: input.bteq:19
S030 = """\
INSERT INTO mq_db.acct_bal
VALUES
  (1, 100.00)
"""

# source: input.bteq:20
S040 = """\
INSERT INTO mq_db.acct_bal
VALUES
  (2, 50.00)
"""

# source: input.bteq:24
S050 = """\
UPDATE mq_db.acct_bal SET bal = bal - 30.00
WHERE
  acct_id = 1
"""

# source: input.bteq:25
S060 = """\
UPDATE mq_db.acct_bal SET bal = bal + 25.00
WHERE
  acct_id = 2
"""

# source: input.bteq:26
S070 = """\
INSERT INTO mq_db.acct_bal
VALUES
  (3, NULL)
"""

# source: input.bteq:29
S080 = """\
INSERT INTO mq_db.run_log
VALUES
  (1, 'applied', NULL)
"""

# source: input.bteq:33
S090 = """\
INSERT INTO mq_db.run_log
SELECT
  2,
  'rolled back',
  SUM(bal)
FROM mq_db.acct_bal
WHERE
  acct_id IN (1, 2)
"""

# source: input.bteq:37
S100 = """\
INSERT INTO mq_db.acct_bal
VALUES
  (4, 10.00)
"""

# source: input.bteq:38
S110 = """\
INSERT INTO mq_db.acct_bal
VALUES
  (5, 20.00)
"""

# source: input.bteq:40
S120 = """\
INSERT INTO mq_db.run_log
SELECT
  3,
  'total',
  SUM(bal)
FROM mq_db.acct_bal
"""

# source: input.bteq:42
S130 = """\
INSERT INTO mq_db.run_log
SELECT
  4,
  'acct 1',
  bal
FROM mq_db.acct_bal
WHERE
  acct_id = 1
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET ERRORLEVEL UNKNOWN SEVERITY 4
            script.set_error_level('UNKNOWN', 4)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040)
            script.begin_request()
            script.sql('S050', S050)
            if script.error_code == 0:
                script.sql('S060', S060)
            if script.error_code == 0:
                script.sql('S070', S070)
            script.end_request()
            # source: input.bteq:27  .IF ERRORCODE <> 0 THEN .GOTO ROLLED_BACK
            if script.error_code != 0:
                skip_to = 'ROLLED_BACK'
        if skip_to is None:
            script.sql('S080', S080)
            # source: input.bteq:30  .GOTO NEXT_BATCH
            skip_to = 'NEXT_BATCH'
        # source: input.bteq:32  .LABEL ROLLED_BACK
        if skip_to == 'ROLLED_BACK':
            skip_to = None
        if skip_to is None:
            script.sql('S090', S090)
        # source: input.bteq:36  .LABEL NEXT_BATCH
        if skip_to == 'NEXT_BATCH':
            skip_to = None
        if skip_to is None:
            script.begin_request()
            script.sql('S100', S100)
            if script.error_code == 0:
                script.sql('S110', S110)
            script.end_request()
            script.sql('S120', S120)
            script.sql('S130', S130)
            # source: input.bteq:44  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
