"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:6
S010 = """\
CREATE TABLE ld_db.load_log (
  step_no INTEGER,
  note VARCHAR(60),
  n INTEGER
)
DISTKEY(step_no)
"""

# source: input.bteq:14
S020 = """\
CREATE TABLE ld_db.stg_orders (
  order_id INTEGER,
  amt DECIMAL(10, 2)
)
DISTKEY(order_id)
"""

# source: input.bteq:21
S030 = """\
INSERT INTO ld_db.stg_orders
VALUES
  (1, 10.00)
"""

# source: input.bteq:22
S040 = """\
INSERT INTO ld_db.stg_orders
VALUES
  (2, 20.00)
"""

# source: input.bteq:23
S050 = """\
INSERT INTO ld_db.stg_orders
VALUES
  (3, NULL)
"""

# source: input.bteq:26
S060 = """\
CREATE TABLE ld_db.stg_orders (
  order_id INTEGER,
  amt DECIMAL(10, 2)
)
DISTKEY(order_id)
"""

# source: input.bteq:33
S070 = """\
INSERT INTO ld_db.load_log
VALUES
  (1, 'stg created', 0)
"""

# source: input.bteq:35
S080 = """\
INSERT INTO ld_db.load_log
SELECT
  1,
  'stg reused',
  COUNT(*)
FROM ld_db.stg_orders
"""

# source: input.bteq:39
S090 = """\
INSERT INTO ld_db.load_log
VALUES
  (2, 'no errors so far', NULL)
"""

# source: input.bteq:43
S100 = "DROP TABLE ld_db.stg_orders_old"

# source: input.bteq:44
S110 = """\
CREATE TABLE ld_db.stg_orders_old (
  order_id INTEGER,
  amt DECIMAL(10, 2)
)
DISTKEY(order_id)
"""

# source: input.bteq:45
S120 = """\
INSERT INTO ld_db.stg_orders_old
SELECT
  order_id,
  amt
FROM ld_db.stg_orders
WHERE
  NOT amt IS NULL
"""

# source: input.bteq:47
S130 = """\
INSERT INTO ld_db.load_log
SELECT
  3,
  'archived',
  COUNT(*)
FROM ld_db.stg_orders_old
"""

# source: input.bteq:51
S140 = """\
INSERT INTO ld_db.load_log
VALUES
  (99, 'aborted', NULL)
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
            script.sql('S040', S040)
            script.sql('S050', S050)
            script.sql('S060', S060)
            # source: input.bteq:32  .IF ERRORCODE = 3803 THEN .GOTO STG_EXISTS
            if script.error_code == 3803:
                skip_to = 'STG_EXISTS'
        if skip_to is None:
            script.sql('S070', S070)
        # source: input.bteq:34  .LABEL STG_EXISTS
        if skip_to == 'STG_EXISTS':
            skip_to = None
        if skip_to is None:
            script.sql('S080', S080)
            # source: input.bteq:38  .IF ERRORLEVEL > 0 THEN .GOTO HAD_ERROR
            if script.error_level > 0:
                skip_to = 'HAD_ERROR'
        if skip_to is None:
            script.sql('S090', S090)
        # source: input.bteq:40  .LABEL HAD_ERROR
        if skip_to == 'HAD_ERROR':
            skip_to = None
        if skip_to is None:
            # source: input.bteq:41  .IF ERRORCODE <> 0 THEN .GOTO ABORT_RUN
            if script.error_code != 0:
                skip_to = 'ABORT_RUN'
        if skip_to is None:
            script.sql('S100', S100)
            # source: input.bteq:44  .IF ERRORCODE = 3807 THEN CREATE MULTISET TABLE ld_db.stg_orders_old (order_id INTEGER, amt DECIMAL(10,2)) PRIMARY INDEX (order_id);
            if script.error_code != 3807:
                skip_to = 'LEAPC_SKIP_17'
        if skip_to is None:
            script.sql('S110', S110)
        # source: input.bteq:44  .IF ERRORCODE = 3807 THEN CREATE MULTISET TABLE ld_db.stg_orders_old (order_id INTEGER, amt DECIMAL(10,2)) PRIMARY INDEX (order_id);
        if skip_to == 'LEAPC_SKIP_17':
            skip_to = None
        if skip_to is None:
            script.sql('S120', S120)
            # source: input.bteq:46  .IF ERRORCODE <> 0 THEN .GOTO ABORT_RUN
            if script.error_code != 0:
                skip_to = 'ABORT_RUN'
        if skip_to is None:
            script.sql('S130', S130)
            # source: input.bteq:48  .QUIT 0
            script.quit(0)
        # source: input.bteq:50  .LABEL ABORT_RUN
        if skip_to == 'ABORT_RUN':
            skip_to = None
        if skip_to is None:
            script.sql('S140', S140)
            # source: input.bteq:52  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
