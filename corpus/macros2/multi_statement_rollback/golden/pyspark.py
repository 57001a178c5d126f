"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# A macro runs as one request: when a later statement fails (its last statement puts NULL into a NOT NULL column), the
#    statements before it are rolled back too; BTEQ continues with ERRORCODE set. A macro body may
#    EXEC another macro.
# source: input.bteq:5
S010 = """\
CREATE TABLE mac_db.acct (
  id INT NOT NULL,
  bal INT NOT NULL
)
USING PARQUET
"""

# source: input.bteq:6
S020 = """\
CREATE TABLE mac_db.audit (
  id INT,
  note STRING
)
USING PARQUET
"""

# source: input.bteq:7
S030 = """\
CREATE TABLE mac_db.steps (
  step INT,
  info STRING,
  n INT
)
USING PARQUET
"""

# source: input.bteq:8
S040 = """\
SELECT
  *
FROM (
  VALUES
    (1, 100)
) AS leapc_values
"""

# source: input.bteq:9
S050 = """\
SELECT
  *
FROM (
  VALUES
    (2, 50)
) AS leapc_values
"""

# EXEC mac_db.transfer (from the macro body at line 14)
# source: input.bteq:19
S060_SET = {
    'bal': "CASE WHEN bal - 30 IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal') ELSE bal - 30 END",
}
S060_WHERE = "id = 1"

# EXEC mac_db.transfer (from the macro body at line 11)
# source: input.bteq:19
S070 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'debit')
) AS leapc_values
"""

# EXEC mac_db.transfer (from the macro body at line 16)
# source: input.bteq:19
S080_SET = {
    'bal': "CASE WHEN bal + 30 IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal') ELSE bal + 30 END",
}
S080_WHERE = "id = 2"

# EXEC mac_db.transfer (from the macro body at line 17)
# source: input.bteq:19
S090 = """\
SELECT
  2,
  CASE
    WHEN CAST(NULL AS INT) IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal')
    ELSE CAST(NULL AS INT)
  END
FROM mac_db.acct
WHERE
  id = 1 AND 2 > 10
"""

# source: input.bteq:21
S100 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'ok', 0)
) AS leapc_values
"""

# EXEC mac_db.transfer (from the macro body at line 14)
# source: input.bteq:23
S110_SET = {
    'bal': "CASE WHEN bal - 5 IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal') ELSE bal - 5 END",
}
S110_WHERE = "id = 2"

# EXEC mac_db.transfer (from the macro body at line 11)
# source: input.bteq:23
S120 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'debit')
) AS leapc_values
"""

# EXEC mac_db.transfer (from the macro body at line 16)
# source: input.bteq:23
S130_SET = {
    'bal': "CASE WHEN bal + 5 IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal') ELSE bal + 5 END",
}
S130_WHERE = "id = 99"

# EXEC mac_db.transfer (from the macro body at line 17)
# source: input.bteq:23
S140 = """\
SELECT
  99,
  CASE
    WHEN CAST(NULL AS INT) IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal')
    ELSE CAST(NULL AS INT)
  END
FROM mac_db.acct
WHERE
  id = 2 AND 99 > 10
"""

# source: input.bteq:25
S150 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'failed', 0)
) AS leapc_values
"""

# source: input.bteq:27
S160 = """\
SELECT
  10 + id,
  'bal',
  bal
FROM mac_db.acct
"""

# source: input.bteq:28
S170 = """\
SELECT
  20,
  'audit rows',
  COUNT(*)
FROM mac_db.audit
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.insert('S040', 'mac_db.acct', S040)
            script.insert('S050', 'mac_db.acct', S050)
            script.begin_request()
            script.update('S060', 'mac_db.acct', 'acct', S060_SET, where=S060_WHERE)
            if script.error_code == 0:
                script.insert('S070', 'mac_db.audit', S070)
            if script.error_code == 0:
                script.update('S080', 'mac_db.acct', 'acct', S080_SET, where=S080_WHERE)
            if script.error_code == 0:
                script.insert('S090', 'mac_db.acct', S090)
            script.end_request()
            # source: input.bteq:20  .IF ERRORCODE <> 0 THEN .GOTO FAIL1
            if script.error_code != 0:
                skip_to = 'FAIL1'
        if skip_to is None:
            script.insert('S100', 'mac_db.steps', S100)
        # source: input.bteq:22  .LABEL FAIL1
        if skip_to == 'FAIL1':
            skip_to = None
        if skip_to is None:
            script.begin_request()
            script.update('S110', 'mac_db.acct', 'acct', S110_SET, where=S110_WHERE)
            if script.error_code == 0:
                script.insert('S120', 'mac_db.audit', S120)
            if script.error_code == 0:
                script.update('S130', 'mac_db.acct', 'acct', S130_SET, where=S130_WHERE)
            if script.error_code == 0:
                script.insert('S140', 'mac_db.acct', S140)
            script.end_request()
            # source: input.bteq:24  .IF ERRORCODE = 0 THEN .GOTO OK2
            if script.error_code == 0:
                skip_to = 'OK2'
        if skip_to is None:
            script.insert('S150', 'mac_db.steps', S150)
        # source: input.bteq:26  .LABEL OK2
        if skip_to == 'OK2':
            skip_to = None
        if skip_to is None:
            script.insert('S160', 'mac_db.steps', S160)
            script.insert('S170', 'mac_db.steps', S170)
            # source: input.bteq:29  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
