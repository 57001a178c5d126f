"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:4
S010 = """\
CREATE TABLE bq_db.flags (
  step INT,
  msg STRING,
  n INT
)
USING PARQUET
"""

# source: input.bteq:5
S020 = """\
CREATE TABLE bq_db.rates (
  id INT,
  amt INT,
  qty INT
)
USING PARQUET
"""

# source: input.bteq:6
S030 = """\
SELECT
  *
FROM (
  VALUES
    (1, 10, 4)
) AS leapc_values
"""

# source: input.bteq:7
S040 = """\
SELECT
  *
FROM (
  VALUES
    (2, 5, 0)
) AS leapc_values
"""

# source: input.bteq:8
S050 = "DROP TABLE bq_db.never_created"

# source: input.bteq:10
S060 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'drop ignored', NULL)
) AS leapc_values
"""

# source: input.bteq:12
S070 = """\
SELECT
  10 + id,
  'unit',
  CAST(amt DIV qty AS INT)
FROM bq_db.rates
"""

# source: input.bteq:14
S080 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'division ok', NULL)
) AS leapc_values
"""

# source: input.bteq:17
S090 = """\
SELECT
  3,
  'division failed',
  COUNT(*)
FROM bq_db.flags
"""

# source: input.bteq:19
S100 = """\
SELECT
  4,
  'safe unit',
  CAST(amt DIV NULLIF(qty, 0) AS INT)
FROM bq_db.rates
WHERE
  id = 1
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET ERRORLEVEL 3807 SEVERITY 0
            script.set_error_level(3807, 0)
            # source: input.bteq:3  .SET ERRORLEVEL 2618 SEVERITY 4
            script.set_error_level(2618, 4)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'bq_db.rates', S030)
            script.insert('S040', 'bq_db.rates', S040)
            script.sql('S050', S050)
            # source: input.bteq:9  .IF ERRORLEVEL > 0 THEN .GOTO LEVEL_NONZERO
            if script.error_level > 0:
                skip_to = 'LEVEL_NONZERO'
        if skip_to is None:
            script.insert('S060', 'bq_db.flags', S060)
        # source: input.bteq:11  .LABEL LEVEL_NONZERO
        if skip_to == 'LEVEL_NONZERO':
            skip_to = None
        if skip_to is None:
            script.insert('S070', 'bq_db.flags', S070)
            # source: input.bteq:13  .IF ERRORLEVEL >= 4 THEN .GOTO DIV_FAILED
            if script.error_level >= 4:
                skip_to = 'DIV_FAILED'
        if skip_to is None:
            script.insert('S080', 'bq_db.flags', S080)
            # source: input.bteq:15  .GOTO WRAP_UP
            skip_to = 'WRAP_UP'
        # source: input.bteq:16  .LABEL DIV_FAILED
        if skip_to == 'DIV_FAILED':
            skip_to = None
        if skip_to is None:
            script.insert('S090', 'bq_db.flags', S090)
        # source: input.bteq:18  .LABEL WRAP_UP
        if skip_to == 'WRAP_UP':
            skip_to = None
        if skip_to is None:
            script.insert('S100', 'bq_db.flags', S100)
            # source: input.bteq:20  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
