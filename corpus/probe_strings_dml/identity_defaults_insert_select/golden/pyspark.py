"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Event log with a generated surrogate key and column defaults: rows loaded by INSERT ... SELECT
#    and INSERT ... VALUES naming only some columns
# source: input.sql:3
S010 = """\
CREATE TABLE id_db.event_log (
  event_sk INT,
  event_cd STRING NOT NULL,
  status_cd STRING DEFAULT 'N',
  retry_cnt INT DEFAULT 0,
  load_dt DATE DEFAULT CAST('2024-01-01' AS DATE),
  note_txt STRING DEFAULT '',
  amount DECIMAL(8, 2) DEFAULT 0
)
USING PARQUET
"""

# source: input.sql:16
S020 = """\
CREATE TABLE id_db.event_src (
  event_cd STRING,
  amount DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:23
S030 = """\
INSERT INTO id_db.event_src
VALUES
  ('LOGIN', NULL)
"""

# source: input.sql:24
S040 = """\
INSERT INTO id_db.event_src
VALUES
  ('BUY', 12.50)
"""

# source: input.sql:25
S050 = """\
INSERT INTO id_db.event_src
VALUES
  ('BUY', 12.50)
"""

# source: input.sql:26
S060 = """\
INSERT INTO id_db.event_src
VALUES
  ('LOGOUT', 0.00)
"""

# source: input.sql:28
S070 = """\
INSERT INTO id_db.event_log (
  event_sk,
  event_cd,
  amount
)
SELECT
  COALESCE((
    SELECT
      MAX(event_sk)
    FROM id_db.event_log
  ), 0) + ROW_NUMBER() OVER (ORDER BY NULL NULLS LAST) * 1 AS event_sk,
  CASE
    WHEN leapc_rows_1.event_cd IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column event_cd')
    ELSE leapc_rows_1.event_cd
  END,
  leapc_rows_1.amount
FROM (
  SELECT
    event_cd,
    amount
  FROM id_db.event_src
) AS leapc_rows_1(event_cd, amount)
"""

# source: input.sql:31
S080 = """\
INSERT INTO id_db.event_log (
  event_sk,
  event_cd,
  status_cd,
  retry_cnt
)
SELECT
  COALESCE((
    SELECT
      MAX(event_sk)
    FROM id_db.event_log
  ), 0) + ROW_NUMBER() OVER (ORDER BY NULL NULLS LAST) * 1 AS event_sk,
  CASE
    WHEN SUBSTRING(leapc_rows_2.event_cd, 1, 10) IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column event_cd')
    ELSE SUBSTRING(leapc_rows_2.event_cd, 1, 10)
  END,
  SUBSTRING(leapc_rows_2.status_cd, 1, 1),
  leapc_rows_2.retry_cnt
FROM (
  SELECT
    'REFUND' AS event_cd,
    'Y' AS status_cd,
    2 AS retry_cnt
) AS leapc_rows_2(event_cd, status_cd, retry_cnt)
"""

# source: input.sql:34
S090 = """\
CREATE TABLE id_db.result_event_summary (
  event_cd STRING,
  row_cnt INT,
  distinct_sk INT,
  null_sk INT,
  min_sk_pos CHAR(1),
  status_cd CHAR(1),
  retry_sum INT,
  load_dt DATE,
  note_len INT,
  amount_sum DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:49
S100 = """\
INSERT INTO id_db.result_event_summary
SELECT
  MIN(event_cd) AS event_cd,
  COUNT(*),
  COUNT(DISTINCT event_sk),
  SUM(CASE WHEN event_sk IS NULL THEN 1 ELSE 0 END),
  CASE WHEN MIN(event_sk) >= 1 THEN 'Y' ELSE 'N' END,
  MAX_BY(status_cd, UPPER(RTRIM(status_cd))),
  SUM(retry_cnt),
  MAX(load_dt),
  MAX(LENGTH(note_txt)),
  SUM(amount)
FROM id_db.event_log
GROUP BY
  UPPER(RTRIM(event_cd))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='id_db.event_src')
        script.sql('S040', S040, writes='id_db.event_src')
        script.sql('S050', S050, writes='id_db.event_src')
        script.sql('S060', S060, writes='id_db.event_src')
        script.sql('S070', S070, writes='id_db.event_log')
        script.sql('S080', S080, writes='id_db.event_log')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='id_db.result_event_summary')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
