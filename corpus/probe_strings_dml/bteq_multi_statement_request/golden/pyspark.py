"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:4
S010 = """\
CREATE TABLE mq_db.acct_bal (
  acct_id INT NOT NULL,
  bal DECIMAL(10, 2) NOT NULL
)
USING PARQUET
"""

# source: input.bteq:11
S020 = """\
CREATE TABLE mq_db.run_log (
  step INT,
  msg STRING,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.bteq:19
S030 = """\
SELECT
  *
FROM (
  VALUES
    (1, 100.00)
) AS leapc_values
"""

# source: input.bteq:20
S040 = """\
SELECT
  *
FROM (
  VALUES
    (2, 50.00)
) AS leapc_values
"""

# One multi-statement request (leading semicolons): debit, credit minus a fee, and a load row
#    that violates NOT NULL.  The failure rolls back the whole request.
# source: input.bteq:24
S050_SET = {
    'bal': "CASE WHEN bal - 30.00 IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal') ELSE bal - 30.00 END",
}
S050_WHERE = "acct_id = 1"

# source: input.bteq:25
S060_SET = {
    'bal': "CASE WHEN bal + 25.00 IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal') ELSE bal + 25.00 END",
}
S060_WHERE = "acct_id = 2"

# source: input.bteq:26
S070 = """\
SELECT
  *
FROM (
  VALUES
    (
      3,
      CASE
        WHEN NULL IS NULL
        THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column bal')
        ELSE NULL
      END
    )
) AS leapc_values
"""

# source: input.bteq:29
S080 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'applied', NULL)
) AS leapc_values
"""

# source: input.bteq:33
S090 = """\
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
SELECT
  *
FROM (
  VALUES
    (4, 10.00)
) AS leapc_values
"""

# source: input.bteq:38
S110 = """\
SELECT
  *
FROM (
  VALUES
    (5, 20.00)
) AS leapc_values
"""

# source: input.bteq:40
S120 = """\
SELECT
  3,
  'total',
  SUM(bal)
FROM mq_db.acct_bal
"""

# source: input.bteq:42
S130 = """\
SELECT
  4,
  'acct 1',
  bal
FROM mq_db.acct_bal
WHERE
  acct_id = 1
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET ERRORLEVEL UNKNOWN SEVERITY 4
            script.set_error_level('UNKNOWN', 4)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'mq_db.acct_bal', S030)
            script.insert('S040', 'mq_db.acct_bal', S040)
            script.begin_request()
            script.update('S050', 'mq_db.acct_bal', 'acct_bal', S050_SET, where=S050_WHERE)
            if script.error_code == 0:
                script.update('S060', 'mq_db.acct_bal', 'acct_bal', S060_SET, where=S060_WHERE)
            if script.error_code == 0:
                script.insert('S070', 'mq_db.acct_bal', S070)
            script.end_request()
            # source: input.bteq:27  .IF ERRORCODE <> 0 THEN .GOTO ROLLED_BACK
            if script.error_code != 0:
                skip_to = 'ROLLED_BACK'
        if skip_to is None:
            script.insert('S080', 'mq_db.run_log', S080)
            # source: input.bteq:30  .GOTO NEXT_BATCH
            skip_to = 'NEXT_BATCH'
        # source: input.bteq:32  .LABEL ROLLED_BACK
        if skip_to == 'ROLLED_BACK':
            skip_to = None
        if skip_to is None:
            script.insert('S090', 'mq_db.run_log', S090)
        # source: input.bteq:36  .LABEL NEXT_BATCH
        if skip_to == 'NEXT_BATCH':
            skip_to = None
        if skip_to is None:
            script.begin_request()
            script.insert('S100', 'mq_db.acct_bal', S100)
            if script.error_code == 0:
                script.insert('S110', 'mq_db.acct_bal', S110)
            script.end_request()
            script.insert('S120', 'mq_db.run_log', S120)
            script.insert('S130', 'mq_db.run_log', S130)
            # source: input.bteq:44  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
