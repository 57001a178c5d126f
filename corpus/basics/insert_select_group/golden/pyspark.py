"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Plain DDL, INSERT ... VALUES, INSERT ... SELECT with GROUP BY and a UNION ALL
# source: input.sql:2
S010 = """\
CREATE TABLE sales.orders (
  order_id INT NOT NULL,
  region STRING,
  amount DECIMAL(10, 2),
  order_dt DATE
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO sales.orders
VALUES
  (1, 'EAST', 10.50, CAST('2024-01-01' AS DATE))
"""

# source: input.sql:12
S030 = """\
INSERT INTO sales.orders
VALUES
  (2, 'EAST', 20.00, CAST('2024-01-02' AS DATE))
"""

# source: input.sql:13
S040 = """\
INSERT INTO sales.orders
VALUES
  (3, 'WEST', NULL, CAST('2024-01-02' AS DATE))
"""

# source: input.sql:14
S050 = """\
INSERT INTO sales.orders (
  order_id,
  region
)
VALUES
  (4, 'NORTH')
"""

# source: input.sql:16
S060 = """\
CREATE TABLE sales.result_region_totals (
  region STRING,
  order_cnt INT,
  total_amt DECIMAL(12, 2)
)
USING PARQUET
"""

# source: input.sql:24
S070 = """\
INSERT INTO sales.result_region_totals
SELECT
  MIN(region) AS region,
  COUNT(*),
  SUM(amount)
FROM sales.orders
GROUP BY
  UPPER(RTRIM(region))
UNION ALL
SELECT
  'ALL',
  COUNT(*),
  SUM(amount)
FROM sales.orders
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sales.orders')
        script.sql('S030', S030, writes='sales.orders')
        script.sql('S040', S040, writes='sales.orders')
        script.sql('S050', S050, writes='sales.orders')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='sales.result_region_totals')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
