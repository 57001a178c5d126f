"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Legacy Teradata OLAP functions: CSUM, MSUM, MAVG, MDIFF and RANK(col), with GROUP BY acting
#    as the partition (no aggregation)
# source: input.sql:3
S010 = """\
CREATE TABLE qry_db.daily (
  store CHAR(2),
  day_no INT,
  sales DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO qry_db.daily
VALUES
  ('S1', 1, 10.00)
"""

# source: input.sql:12
S030 = """\
INSERT INTO qry_db.daily
VALUES
  ('S1', 2, 30.00)
"""

# source: input.sql:13
S040 = """\
INSERT INTO qry_db.daily
VALUES
  ('S1', 3, 20.00)
"""

# source: input.sql:14
S050 = """\
INSERT INTO qry_db.daily
VALUES
  ('S1', 4, 30.00)
"""

# source: input.sql:15
S060 = """\
INSERT INTO qry_db.daily
VALUES
  ('S2', 1, 5.00)
"""

# source: input.sql:16
S070 = """\
INSERT INTO qry_db.daily
VALUES
  ('S2', 2, 1.00)
"""

# source: input.sql:18
S080 = """\
CREATE TABLE qry_db.result_legacy (
  store CHAR(2),
  day_no INT,
  cum_sales DECIMAL(12, 2),
  mov_sum2 DECIMAL(12, 2),
  mov_avg2 DECIMAL(12, 2),
  diff1 DECIMAL(12, 2),
  sales_rk INT
)
USING PARQUET
"""

# source: input.sql:30
S090 = """\
INSERT INTO qry_db.result_legacy
SELECT
  store,
  day_no,
  SUM(sales) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY day_no ASC
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ),
  SUM(sales) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY day_no ASC
    ROWS BETWEEN 1 PRECEDING AND CURRENT ROW
  ),
  AVG(sales) OVER (
    PARTITION BY UPPER(RTRIM(store))
    ORDER BY day_no ASC
    ROWS BETWEEN 1 PRECEDING AND CURRENT ROW
  ),
  (
    sales - LAG(sales, 1) OVER (PARTITION BY UPPER(RTRIM(store)) ORDER BY day_no ASC)
  ),
  RANK() OVER (PARTITION BY UPPER(RTRIM(store)) ORDER BY sales DESC)
FROM qry_db.daily
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.daily')
        script.sql('S030', S030, writes='qry_db.daily')
        script.sql('S040', S040, writes='qry_db.daily')
        script.sql('S050', S050, writes='qry_db.daily')
        script.sql('S060', S060, writes='qry_db.daily')
        script.sql('S070', S070, writes='qry_db.daily')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='qry_db.result_legacy')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
