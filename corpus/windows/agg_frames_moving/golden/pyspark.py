"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Window aggregates with explicit ROWS frames (moving sum/avg, forward-looking min),
#    without ORDER BY, over (), and an integer percent-of-total that truncates
# source: input.sql:3
S010 = """\
CREATE TABLE win_db.daily_sales (
  store CHAR(3),
  s_dt DATE,
  amt INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-01' AS DATE), 10)
"""

# source: input.sql:12
S030 = """\
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-02' AS DATE), 20)
"""

# source: input.sql:13
S040 = """\
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-03' AS DATE), NULL)
"""

# source: input.sql:14
S050 = """\
INSERT INTO win_db.daily_sales
VALUES
  ('S1', CAST('2024-01-04' AS DATE), 15)
"""

# source: input.sql:15
S060 = """\
INSERT INTO win_db.daily_sales
VALUES
  ('S2', CAST('2024-01-01' AS DATE), 7)
"""

# source: input.sql:16
S070 = """\
INSERT INTO win_db.daily_sales
VALUES
  ('S2', CAST('2024-01-02' AS DATE), 2)
"""

# source: input.sql:18
S080 = """\
CREATE TABLE win_db.result_frames (
  store CHAR(3),
  s_dt DATE,
  mov_sum3 INT,
  mov_avg DECIMAL(8, 2),
  fwd_min INT,
  cnt_amt INT,
  run_cnt INT,
  grand_tot INT,
  pct_store INT
)
USING PARQUET
"""

# source: input.sql:32
S090 = """\
INSERT INTO win_db.result_frames
SELECT
  store,
  s_dt,
  SUM(amt) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt
    ROWS BETWEEN 2 PRECEDING AND CURRENT ROW
  ),
  AVG(amt) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt
    ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING
  ),
  MIN(amt) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt
    ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING
  ),
  COUNT(amt) OVER (PARTITION BY UPPER(RTRIM(store))),
  COUNT(*) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY s_dt
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ),
  SUM(amt) OVER (),
  CAST(amt * 100 DIV SUM(amt) OVER (PARTITION BY UPPER(RTRIM(store))) AS INT)
FROM win_db.daily_sales
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='win_db.daily_sales')
        script.sql('S030', S030, writes='win_db.daily_sales')
        script.sql('S040', S040, writes='win_db.daily_sales')
        script.sql('S050', S050, writes='win_db.daily_sales')
        script.sql('S060', S060, writes='win_db.daily_sales')
        script.sql('S070', S070, writes='win_db.daily_sales')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='win_db.result_frames')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
