"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Aggregate window functions with ORDER BY but no ROWS clause cover the whole partition in
#    Teradata (not a running total); an explicit ROWS UNBOUNDED PRECEDING gives the running total
# source: input.sql:3
S010 = """\
CREATE TABLE qry_db.ledger (
  entry_id INT NOT NULL,
  acct CHAR(2),
  entry_dt DATE,
  amt INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO qry_db.ledger
VALUES
  (1, 'A1', CAST('2024-01-01' AS DATE), 10)
"""

# source: input.sql:13
S030 = """\
INSERT INTO qry_db.ledger
VALUES
  (2, 'A1', CAST('2024-01-02' AS DATE), 20)
"""

# source: input.sql:14
S040 = """\
INSERT INTO qry_db.ledger
VALUES
  (3, 'A1', CAST('2024-01-03' AS DATE), 5)
"""

# source: input.sql:15
S050 = """\
INSERT INTO qry_db.ledger
VALUES
  (4, 'B2', CAST('2024-01-01' AS DATE), 7)
"""

# source: input.sql:16
S060 = """\
INSERT INTO qry_db.ledger
VALUES
  (5, 'B2', CAST('2024-01-05' AS DATE), 3)
"""

# source: input.sql:18
S070 = """\
CREATE TABLE qry_db.result_window_agg (
  entry_id INT,
  part_sum INT,
  all_cnt INT,
  part_max INT,
  run_sum INT
)
USING PARQUET
"""

# source: input.sql:28
S080 = """\
INSERT INTO qry_db.result_window_agg
SELECT
  entry_id,
  SUM(amt) OVER (
    PARTITION BY UPPER(RTRIM(acct))
    ORDER BY entry_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
  ),
  COUNT(*) OVER (ORDER BY entry_dt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
  MAX(amt) OVER (
    PARTITION BY UPPER(RTRIM(acct))
    ORDER BY entry_dt DESC
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
  ),
  SUM(amt) OVER (
    PARTITION BY UPPER(RTRIM(acct))
    ORDER BY entry_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
FROM qry_db.ledger
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.ledger')
        script.sql('S030', S030, writes='qry_db.ledger')
        script.sql('S040', S040, writes='qry_db.ledger')
        script.sql('S050', S050, writes='qry_db.ledger')
        script.sql('S060', S060, writes='qry_db.ledger')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='qry_db.result_window_agg')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
