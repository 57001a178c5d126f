"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:2
S010 = """\
CREATE TABLE bq_db.ledger (
  id INT,
  amt INT
)
USING PARQUET
"""

# source: input.bteq:3
S020 = """\
CREATE TABLE bq_db.steps (
  step INT,
  msg STRING,
  n INT
)
USING PARQUET
"""

# source: input.bteq:4
S030 = """\
SELECT
  *
FROM (
  VALUES
    (1, 100)
) AS leapc_values
"""

# source: input.bteq:5

# source: input.bteq:6
S050 = """\
SELECT
  *
FROM (
  VALUES
    (2, 200)
) AS leapc_values
"""

# source: input.bteq:7
S060_SET = {
    'amt': "amt + 1",
}
S060_WHERE = "id = 1"

# source: input.bteq:8
S070 = """\
SELECT
  *
FROM (
  VALUES
    (3, 300)
) AS leapc_values
"""

# source: input.bteq:10

# source: input.bteq:11
S090 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'committed', NULL)
) AS leapc_values
"""

# source: input.bteq:14
S100 = """\
SELECT
  2,
  'rolled back',
  COUNT(*)
FROM bq_db.ledger
"""

# source: input.bteq:16

# source: input.bteq:17
S120 = """\
SELECT
  *
FROM (
  VALUES
    (4, 400)
) AS leapc_values
"""

# source: input.bteq:18
S130_SET = {
    'amt': "amt * 2",
}
S130_WHERE = "id = 4"

# source: input.bteq:19

# source: input.bteq:20
S150 = """\
SELECT
  3,
  'ledger sum',
  SUM(amt)
FROM bq_db.ledger
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'bq_db.ledger', S030)
            script.begin_transaction('S040')
            script.insert('S050', 'bq_db.ledger', S050)
            script.update('S060', 'bq_db.ledger', 'ledger', S060_SET, where=S060_WHERE)
            script.insert('S070', 'bq_db.missing_table', S070)
            # source: input.bteq:9  .IF ERRORCODE <> 0 THEN .GOTO TXN_FAILED
            if script.error_code != 0:
                skip_to = 'TXN_FAILED'
        if skip_to is None:
            script.commit('S080')
            script.insert('S090', 'bq_db.steps', S090)
            # source: input.bteq:12  .GOTO AFTER_TXN
            skip_to = 'AFTER_TXN'
        # source: input.bteq:13  .LABEL TXN_FAILED
        if skip_to == 'TXN_FAILED':
            skip_to = None
        if skip_to is None:
            script.insert('S100', 'bq_db.steps', S100)
        # source: input.bteq:15  .LABEL AFTER_TXN
        if skip_to == 'AFTER_TXN':
            skip_to = None
        if skip_to is None:
            script.begin_transaction('S110')
            script.insert('S120', 'bq_db.ledger', S120)
            script.update('S130', 'bq_db.ledger', 'ledger', S130_SET, where=S130_WHERE)
            script.commit('S140')
            script.insert('S150', 'bq_db.steps', S150)
            # source: input.bteq:21  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
