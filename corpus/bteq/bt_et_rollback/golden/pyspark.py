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

# source: input.bteq:6
S040 = """\
SELECT
  *
FROM (
  VALUES
    (2, 200)
) AS leapc_values
"""

# source: input.bteq:7
S050_SET = {
    'amt': "amt + 1",
}
S050_WHERE = "id = 1"

# source: input.bteq:8
S060 = """\
SELECT
  *
FROM (
  VALUES
    (3, 300)
) AS leapc_values
"""

# source: input.bteq:11
S070 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'committed', NULL)
) AS leapc_values
"""

# source: input.bteq:14
S080 = """\
SELECT
  2,
  'rolled back',
  COUNT(*)
FROM bq_db.ledger
"""

# source: input.bteq:17
S090 = """\
SELECT
  *
FROM (
  VALUES
    (4, 400)
) AS leapc_values
"""

# source: input.bteq:18
S100_SET = {
    'amt': "amt * 2",
}
S100_WHERE = "id = 4"

# source: input.bteq:20
S110 = """\
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
            # source: input.bteq:5  NOTE: BT: Spark has no multi-statement transactions; statements run one by one
            script.insert('S040', 'bq_db.ledger', S040)
            script.update('S050', 'bq_db.ledger', 'ledger', S050_SET, where=S050_WHERE)
            script.insert('S060', 'bq_db.missing_table', S060)
            # source: input.bteq:9  .IF ERRORCODE <> 0 THEN .GOTO TXN_FAILED
            if script.error_code != 0:
                skip_to = 'TXN_FAILED'
        if skip_to is None:
            # source: input.bteq:10  NOTE: ET: Spark has no multi-statement transactions; statements run one by one
            script.insert('S070', 'bq_db.steps', S070)
            # source: input.bteq:12  .GOTO AFTER_TXN
            skip_to = 'AFTER_TXN'
        # source: input.bteq:13  .LABEL TXN_FAILED
        if skip_to == 'TXN_FAILED':
            skip_to = None
        if skip_to is None:
            script.insert('S080', 'bq_db.steps', S080)
        # source: input.bteq:15  .LABEL AFTER_TXN
        if skip_to == 'AFTER_TXN':
            skip_to = None
        if skip_to is None:
            # source: input.bteq:16  NOTE: BT: Spark has no multi-statement transactions; statements run one by one
            script.insert('S090', 'bq_db.ledger', S090)
            script.update('S100', 'bq_db.ledger', 'ledger', S100_SET, where=S100_WHERE)
            # source: input.bteq:19  NOTE: ET: Spark has no multi-statement transactions; statements run one by one
            script.insert('S110', 'bq_db.steps', S110)
            # source: input.bteq:21  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
