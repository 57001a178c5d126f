"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Re-runnable staging step: CREATE of an existing table (3803) and DROP of a missing one (3807)
#    are expected and handled; ERRORLEVEL keeps the highest severity seen so far
# source: input.bteq:6
S010 = """\
CREATE TABLE ld_db.load_log (
  step_no INT,
  note STRING,
  n INT
)
USING PARQUET
"""

# source: input.bteq:14
S020 = """\
CREATE TABLE ld_db.stg_orders (
  order_id INT,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.bteq:21
S030 = """\
SELECT
  *
FROM (
  VALUES
    (1, 10.00)
) AS leapc_values
"""

# source: input.bteq:22
S040 = """\
SELECT
  *
FROM (
  VALUES
    (2, 20.00)
) AS leapc_values
"""

# source: input.bteq:23
S050 = """\
SELECT
  *
FROM (
  VALUES
    (3, NULL)
) AS leapc_values
"""

# second run of the same DDL: the table is already there
# source: input.bteq:26
S060 = """\
CREATE TABLE ld_db.stg_orders (
  order_id INT,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.bteq:33
S070 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'stg created', 0)
) AS leapc_values
"""

# source: input.bteq:35
S080 = """\
SELECT
  1,
  'stg reused',
  COUNT(*)
FROM ld_db.stg_orders
"""

# source: input.bteq:39
S090 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'no errors so far', NULL)
) AS leapc_values
"""

# source: input.bteq:43
S100 = "DROP TABLE ld_db.stg_orders_old"

# source: input.bteq:44
S110 = """\
CREATE TABLE ld_db.stg_orders_old (
  order_id INT,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.bteq:45
S120 = """\
SELECT
  order_id,
  amt
FROM ld_db.stg_orders
WHERE
  NOT amt IS NULL
"""

# source: input.bteq:47
S130 = """\
SELECT
  3,
  'archived',
  COUNT(*)
FROM ld_db.stg_orders_old
"""

# source: input.bteq:51
S140 = """\
SELECT
  *
FROM (
  VALUES
    (99, 'aborted', NULL)
) AS leapc_values
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET WIDTH 200  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'ld_db.stg_orders', S030)
            script.insert('S040', 'ld_db.stg_orders', S040)
            script.insert('S050', 'ld_db.stg_orders', S050)
            script.sql('S060', S060)
            # source: input.bteq:32  .IF ERRORCODE = 3803 THEN .GOTO STG_EXISTS
            if script.error_code == 3803:
                skip_to = 'STG_EXISTS'
        if skip_to is None:
            script.insert('S070', 'ld_db.load_log', S070)
        # source: input.bteq:34  .LABEL STG_EXISTS
        if skip_to == 'STG_EXISTS':
            skip_to = None
        if skip_to is None:
            script.insert('S080', 'ld_db.load_log', S080)
            # source: input.bteq:38  .IF ERRORLEVEL > 0 THEN .GOTO HAD_ERROR
            if script.error_level > 0:
                skip_to = 'HAD_ERROR'
        if skip_to is None:
            script.insert('S090', 'ld_db.load_log', S090)
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
            script.insert('S120', 'ld_db.stg_orders_old', S120)
            # source: input.bteq:46  .IF ERRORCODE <> 0 THEN .GOTO ABORT_RUN
            if script.error_code != 0:
                skip_to = 'ABORT_RUN'
        if skip_to is None:
            script.insert('S130', 'ld_db.load_log', S130)
            # source: input.bteq:48  .QUIT 0
            script.quit(0)
        # source: input.bteq:50  .LABEL ABORT_RUN
        if skip_to == 'ABORT_RUN':
            skip_to = None
        if skip_to is None:
            script.insert('S140', 'ld_db.load_log', S140)
            # source: input.bteq:52  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
