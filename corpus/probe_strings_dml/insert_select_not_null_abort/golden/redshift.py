"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:3
S010 = """\
CREATE TABLE nn_db.cust_dim (
  cust_id INTEGER NOT NULL,
  cust_nm VARCHAR(60) NOT NULL,
  seg_cd CHAR(2),
  load_note VARCHAR(40)
)
DISTKEY(cust_id)
"""

# source: input.bteq:12
S020 = """\
CREATE TABLE nn_db.cust_stage (
  cust_id INTEGER,
  cust_nm VARCHAR(60),
  seg_cd CHAR(2)
)
DISTKEY(cust_id)
"""

# source: input.bteq:20
S030 = """\
INSERT INTO nn_db.cust_stage
VALUES
  (1, 'Ann', 'RT')
"""

# source: input.bteq:21
S040 = """\
INSERT INTO nn_db.cust_stage
VALUES
  (2, NULL, 'WS')
"""

# source: input.bteq:22
S050 = """\
INSERT INTO nn_db.cust_stage
VALUES
  (3, 'Carl', NULL)
"""

# source: input.bteq:23
S060 = """\
INSERT INTO nn_db.cust_stage
VALUES
  (4, '', 'RT')
"""

# source: input.bteq:26
S070 = """\
INSERT INTO nn_db.cust_dim
SELECT
  cust_id,
  cust_nm,
  seg_cd,
  'first try'
FROM nn_db.cust_stage
"""

# source: input.bteq:33
S080 = """\
INSERT INTO nn_db.cust_dim
SELECT
  cust_id,
  COALESCE(cust_nm, 'UNKNOWN'),
  seg_cd,
  'reload'
FROM nn_db.cust_stage
"""

# source: input.bteq:37
S090 = """\
INSERT INTO nn_db.cust_dim
VALUES
  (-1, 'reload incomplete', NULL, NULL)
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
            # source: input.bteq:29  .IF ERRORCODE <> 0 THEN .GOTO RELOAD
            if script.error_code != 0:
                skip_to = 'RELOAD'
        if skip_to is None:
            # source: input.bteq:30  .GOTO DONE
            skip_to = 'DONE'
        # source: input.bteq:32  .LABEL RELOAD
        if skip_to == 'RELOAD':
            skip_to = None
        if skip_to is None:
            script.sql('S080', S080)
            # source: input.bteq:36  .IF ACTIVITYCOUNT = 4 THEN .GOTO DONE
            if script.activity_count == 4:
                skip_to = 'DONE'
        if skip_to is None:
            script.sql('S090', S090)
        # source: input.bteq:39  .LABEL DONE
        if skip_to == 'DONE':
            skip_to = None
        if skip_to is None:
            # source: input.bteq:40  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
