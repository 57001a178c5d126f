"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:2
S010 = """\
CREATE TABLE bq_db.accts (
  id INT,
  status STRING,
  bal DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.bteq:3
S020 = """\
CREATE TABLE bq_db.audit (
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
    (1, 'open', 10.00)
) AS leapc_values
"""

# source: input.bteq:5
S040 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'OPEN', 0.00)
) AS leapc_values
"""

# source: input.bteq:6
S050 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'closed', 5.00)
) AS leapc_values
"""

# source: input.bteq:7
S060_SET = {
    'bal': "bal + 1",
}
S060_WHERE = "UPPER(RTRIM(status)) = 'OPEN'"

# source: input.bteq:9
S070 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'update count wrong', NULL)
) AS leapc_values
"""

# source: input.bteq:11
S080_WHERE = "bal > 100"

# source: input.bteq:13
S090 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'deleted rows', NULL)
) AS leapc_values
"""

# source: input.bteq:15
S100 = """\
SELECT
  3,
  'open accounts',
  COUNT(*)
FROM bq_db.accts
WHERE
  UPPER(RTRIM(status)) = 'OPEN'
"""

# source: input.bteq:17
S110 = """\
SELECT
  id
FROM bq_db.accts
WHERE
  bal > 1
"""

# source: input.bteq:19
S120 = """\
SELECT
  *
FROM (
  VALUES
    (4, 'few rows', NULL)
) AS leapc_values
"""

# source: input.bteq:22
S130 = """\
SELECT
  *
FROM (
  VALUES
    (5, 'many rows', NULL)
) AS leapc_values
"""

# source: input.bteq:24
S140 = """\
SELECT
  id + 10,
  status,
  bal
FROM bq_db.accts
WHERE
  UPPER(RTRIM(status)) = 'CLOSED'
"""

# source: input.bteq:28
S150 = """\
SELECT
  6,
  'accounts now',
  COUNT(*)
FROM bq_db.accts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'bq_db.accts', S030)
            script.insert('S040', 'bq_db.accts', S040)
            script.insert('S050', 'bq_db.accts', S050)
            script.update('S060', 'bq_db.accts', 'accts', S060_SET, where=S060_WHERE)
            # source: input.bteq:8  .IF ACTIVITYCOUNT = 2 THEN .GOTO UPD_OK
            if script.activity_count == 2:
                skip_to = 'UPD_OK'
        if skip_to is None:
            script.insert('S070', 'bq_db.audit', S070)
        # source: input.bteq:10  .LABEL UPD_OK
        if skip_to == 'UPD_OK':
            skip_to = None
        if skip_to is None:
            script.delete('S080', 'bq_db.accts', 'accts', where=S080_WHERE)
            # source: input.bteq:12  .IF ACTIVITYCOUNT = 0 THEN .GOTO NOTHING_DELETED
            if script.activity_count == 0:
                skip_to = 'NOTHING_DELETED'
        if skip_to is None:
            script.insert('S090', 'bq_db.audit', S090)
        # source: input.bteq:14  .LABEL NOTHING_DELETED
        if skip_to == 'NOTHING_DELETED':
            skip_to = None
        if skip_to is None:
            script.insert('S100', 'bq_db.audit', S100)
            # source: input.bteq:16  .IF ACTIVITYCOUNT <> 1 THEN .QUIT 7
            if script.activity_count != 1:
                script.quit(7)
            script.sql('S110', S110, count=True)
            # source: input.bteq:18  .IF ACTIVITYCOUNT >= 2 THEN .GOTO MANY
            if script.activity_count >= 2:
                skip_to = 'MANY'
        if skip_to is None:
            script.insert('S120', 'bq_db.audit', S120)
            # source: input.bteq:20  .GOTO END_SEL
            skip_to = 'END_SEL'
        # source: input.bteq:21  .LABEL MANY
        if skip_to == 'MANY':
            skip_to = None
        if skip_to is None:
            script.insert('S130', 'bq_db.audit', S130)
        # source: input.bteq:23  .LABEL END_SEL
        if skip_to == 'END_SEL':
            skip_to = None
        if skip_to is None:
            script.insert('S140', 'bq_db.accts', S140)
            # source: input.bteq:25  .IF ACTIVITYCOUNT = 1 THEN .GOTO COPIED
            if script.activity_count == 1:
                skip_to = 'COPIED'
        if skip_to is None:
            # source: input.bteq:26  .QUIT 9
            script.quit(9)
        # source: input.bteq:27  .LABEL COPIED
        if skip_to == 'COPIED':
            skip_to = None
        if skip_to is None:
            script.insert('S150', 'bq_db.audit', S150)
            # source: input.bteq:29  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
