"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Monthly revenue rollup by EXTRACT(YEAR/MONTH) with subtotal labels, average ticket and spread
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.tickets_sold (
  sale_id INT NOT NULL,
  sold_ts TIMESTAMP_NTZ,
  seats INT,
  price DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.tickets_sold
VALUES
  (1, CAST('2023-12-31 23:59:59' AS TIMESTAMP), 2, 40.00)
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.tickets_sold
VALUES
  (2, CAST('2024-01-01 00:00:00' AS TIMESTAMP), 1, 25.50)
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.tickets_sold
VALUES
  (3, CAST('2024-01-15 12:00:00' AS TIMESTAMP), 4, 30.00)
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.tickets_sold
VALUES
  (4, CAST('2024-02-29 18:00:00' AS TIMESTAMP), 3, 30.00)
"""

# source: input.sql:15
S060 = """\
INSERT INTO pdn_db.tickets_sold
VALUES
  (5, CAST('2024-02-29 19:00:00' AS TIMESTAMP), NULL, 10.00)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE pdn_db.result_rollup (
  yr INT,
  mo INT,
  level_name STRING,
  sales_cnt INT,
  seat_total INT,
  avg_seats DECIMAL(8, 3),
  revenue DECIMAL(12, 2),
  seat_sd DECIMAL(8, 4)
)
USING PARQUET
"""

# source: input.sql:30
S080 = """\
INSERT INTO pdn_db.result_rollup
SELECT
  EXTRACT(YEAR FROM sold_ts),
  EXTRACT(MONTH FROM sold_ts),
  CASE
    WHEN GROUPING(EXTRACT(YEAR FROM sold_ts)) = 1
    THEN 'ALL'
    WHEN GROUPING(EXTRACT(MONTH FROM sold_ts)) = 1
    THEN 'YEAR'
    ELSE 'MONTH'
  END,
  COUNT(*),
  SUM(seats),
  AVG(seats),
  SUM(seats * price),
  STDDEV_SAMP(seats)
FROM pdn_db.tickets_sold
GROUP BY
  ROLLUP (
    EXTRACT(YEAR FROM sold_ts),
    EXTRACT(MONTH FROM sold_ts)
  )
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.tickets_sold')
        script.sql('S030', S030, writes='pdn_db.tickets_sold')
        script.sql('S040', S040, writes='pdn_db.tickets_sold')
        script.sql('S050', S050, writes='pdn_db.tickets_sold')
        script.sql('S060', S060, writes='pdn_db.tickets_sold')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='pdn_db.result_rollup')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
