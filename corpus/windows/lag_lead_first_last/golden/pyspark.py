"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Sensor gap-fill step: LAG/LEAD with offsets and defaults, day gaps from LAG of a date,
#    FIRST_VALUE with the default frame, LAST_VALUE over the whole partition, and
#    LAST_VALUE ... IGNORE NULLS as a carry-forward
# source: input.sql:4
S010 = """\
CREATE TABLE win_db.readings (
  dev STRING,
  r_dt DATE,
  val INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-02-27' AS DATE), 5)
"""

# source: input.sql:13
S030 = """\
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-02-28' AS DATE), NULL)
"""

# source: input.sql:14
S040 = """\
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-03-01' AS DATE), 8)
"""

# source: input.sql:15
S050 = """\
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-03-04' AS DATE), 6)
"""

# source: input.sql:16
S060 = """\
INSERT INTO win_db.readings
VALUES
  ('B', CAST('2024-01-01' AS DATE), NULL)
"""

# source: input.sql:17
S070 = """\
INSERT INTO win_db.readings
VALUES
  ('B', CAST('2024-01-31' AS DATE), 4)
"""

# source: input.sql:19
S080 = """\
CREATE TABLE win_db.result_lag_lead (
  dev STRING,
  r_dt DATE,
  prev_val INT,
  prev2_val INT,
  next_val INT,
  gap_days INT,
  first_val INT,
  first_nn INT,
  last_all INT,
  filled INT
)
USING PARQUET
"""

# source: input.sql:34
S090 = """\
INSERT INTO win_db.result_lag_lead
SELECT
  dev,
  r_dt,
  LAG(val) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt),
  LAG(val, 2, -1) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt),
  LEAD(val, 1, 0) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt),
  DATEDIFF(r_dt, LAG(r_dt) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt)),
  FIRST_VALUE(val) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt),
  FIRST_VALUE(val) IGNORE NULLS OVER (
    PARTITION BY UPPER(RTRIM(dev))
    ORDER BY r_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
  ),
  LAST_VALUE(val) OVER (
    PARTITION BY UPPER(RTRIM(dev))
    ORDER BY r_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
  ),
  LAST_VALUE(val) IGNORE NULLS OVER (
    PARTITION BY UPPER(RTRIM(dev))
    ORDER BY r_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
FROM win_db.readings
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='win_db.readings')
        script.sql('S030', S030, writes='win_db.readings')
        script.sql('S040', S040, writes='win_db.readings')
        script.sql('S050', S050, writes='win_db.readings')
        script.sql('S060', S060, writes='win_db.readings')
        script.sql('S070', S070, writes='win_db.readings')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='win_db.result_lag_lead')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
