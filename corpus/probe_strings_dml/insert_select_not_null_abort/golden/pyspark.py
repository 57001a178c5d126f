"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:3
S010 = """\
CREATE TABLE nn_db.cust_dim (
  cust_id INT NOT NULL,
  cust_nm STRING NOT NULL,
  seg_cd CHAR(2),
  load_note STRING
)
USING PARQUET
"""

# source: input.bteq:12
S020 = """\
CREATE TABLE nn_db.cust_stage (
  cust_id INT,
  cust_nm STRING,
  seg_cd CHAR(2)
)
USING PARQUET
"""

# source: input.bteq:20
S030 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'Ann', 'RT')
) AS leapc_values
"""

# source: input.bteq:21
S040 = """\
SELECT
  *
FROM (
  VALUES
    (2, NULL, 'WS')
) AS leapc_values
"""

# source: input.bteq:22
S050 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'Carl', NULL)
) AS leapc_values
"""

# source: input.bteq:23
S060 = """\
SELECT
  *
FROM (
  VALUES
    (4, '', 'RT')
) AS leapc_values
"""

# One NULL name makes the whole INSERT ... SELECT fail: no row of it is kept
# source: input.bteq:26
S070 = """\
SELECT
  CASE
    WHEN cust_id IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_id')
    ELSE cust_id
  END,
  CASE
    WHEN cust_nm IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_nm')
    ELSE cust_nm
  END,
  seg_cd,
  'first try'
FROM nn_db.cust_stage
"""

# source: input.bteq:33
S080 = """\
SELECT
  CASE
    WHEN cust_id IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_id')
    ELSE cust_id
  END,
  CASE
    WHEN COALESCE(cust_nm, 'UNKNOWN') IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_nm')
    ELSE COALESCE(cust_nm, 'UNKNOWN')
  END,
  seg_cd,
  'reload'
FROM nn_db.cust_stage
"""

# source: input.bteq:37
S090 = """\
SELECT
  *
FROM (
  VALUES
    (-1, 'reload incomplete', NULL, NULL)
) AS leapc_values
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'nn_db.cust_stage', S030)
            script.insert('S040', 'nn_db.cust_stage', S040)
            script.insert('S050', 'nn_db.cust_stage', S050)
            script.insert('S060', 'nn_db.cust_stage', S060)
            script.insert('S070', 'nn_db.cust_dim', S070)
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
            script.insert('S080', 'nn_db.cust_dim', S080)
            # source: input.bteq:36  .IF ACTIVITYCOUNT = 4 THEN .GOTO DONE
            if script.activity_count == 4:
                skip_to = 'DONE'
        if skip_to is None:
            script.insert('S090', 'nn_db.cust_dim', S090)
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
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
