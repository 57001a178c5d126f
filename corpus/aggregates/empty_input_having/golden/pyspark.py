"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Aggregates over no rows: one row without GROUP BY (COUNT 0, others NULL), no rows with GROUP BY;
#    HAVING without GROUP BY filters that single row
# source: input.sql:3
S010 = """\
CREATE TABLE agg_db.events (
  id INT NOT NULL,
  kind STRING,
  amt DECIMAL(8, 2),
  ev_dt DATE
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO agg_db.events
VALUES
  (1, 'OK', 5.00, CAST('2024-01-10' AS DATE))
"""

# source: input.sql:13
S030 = """\
INSERT INTO agg_db.events
VALUES
  (2, 'OK', 7.50, CAST('2024-03-05' AS DATE))
"""

# source: input.sql:14
S040 = """\
INSERT INTO agg_db.events
VALUES
  (3, 'BAD', NULL, NULL)
"""

# source: input.sql:16
S050 = """\
CREATE TABLE agg_db.result_empty (
  tag STRING,
  n INT,
  n_amt INT,
  s_amt DECIMAL(10, 2),
  mx_amt DECIMAL(8, 2),
  mn_dt DATE,
  mx_dt DATE
)
USING PARQUET
"""

# source: input.sql:28
S060 = """\
INSERT INTO agg_db.result_empty
SELECT
  'EMPTY',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
WHERE
  UPPER(RTRIM(kind)) = 'NONE'
"""

# source: input.sql:33
S070 = """\
INSERT INTO agg_db.result_empty
SELECT
  MIN(kind) AS kind,
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
WHERE
  UPPER(RTRIM(kind)) = 'NONE'
GROUP BY
  UPPER(RTRIM(kind))
"""

# source: input.sql:39
S080 = """\
INSERT INTO agg_db.result_empty
SELECT
  'HAVE_NO',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
HAVING
  COUNT(*) > 100
"""

# source: input.sql:44
S090 = """\
INSERT INTO agg_db.result_empty
SELECT
  'HAVE_YES',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
HAVING
  SUM(amt) > 10
"""

# source: input.sql:49
S100 = """\
INSERT INTO agg_db.result_empty
SELECT
  'BAD_ONLY',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
WHERE
  UPPER(RTRIM(kind)) = 'BAD'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='agg_db.events')
        script.sql('S030', S030, writes='agg_db.events')
        script.sql('S040', S040, writes='agg_db.events')
        script.sql('S050', S050)
        script.sql('S060', S060, writes='agg_db.result_empty')
        script.sql('S070', S070, writes='agg_db.result_empty')
        script.sql('S080', S080, writes='agg_db.result_empty')
        script.sql('S090', S090, writes='agg_db.result_empty')
        script.sql('S100', S100, writes='agg_db.result_empty')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
