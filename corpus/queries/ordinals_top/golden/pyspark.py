"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# GROUP BY / ORDER BY ordinals with TOP n, and TOP n WITH TIES, in INSERT ... SELECT
# source: input.sql:2
S010 = """\
CREATE TABLE qry_db.orders (
  order_id INT NOT NULL,
  region STRING,
  amount INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO qry_db.orders
VALUES
  (1, 'EAST', 10)
"""

# source: input.sql:11
S030 = """\
INSERT INTO qry_db.orders
VALUES
  (2, 'EAST', 30)
"""

# source: input.sql:12
S040 = """\
INSERT INTO qry_db.orders
VALUES
  (3, 'WEST', 25)
"""

# source: input.sql:13
S050 = """\
INSERT INTO qry_db.orders
VALUES
  (4, 'NORTH', 40)
"""

# source: input.sql:14
S060 = """\
INSERT INTO qry_db.orders
VALUES
  (5, 'SOUTH', 15)
"""

# source: input.sql:15
S070 = """\
INSERT INTO qry_db.orders
VALUES
  (6, 'SOUTH', 10)
"""

# source: input.sql:16
S080 = """\
INSERT INTO qry_db.orders
VALUES
  (7, 'WEST', 15)
"""

# source: input.sql:18
S090 = """\
CREATE TABLE qry_db.result_top (
  kind STRING,
  region STRING,
  total INT
)
USING PARQUET
"""

# source: input.sql:26
S100 = """\
INSERT INTO qry_db.result_top
SELECT
  'top2',
  MIN(region) AS region,
  SUM(amount)
FROM qry_db.orders
GROUP BY
  UPPER(RTRIM(region))
ORDER BY
  3 DESC,
  2
LIMIT 2
"""

# source: input.sql:32
S110 = """\
INSERT INTO qry_db.result_top
SELECT
  SUBSTRING(leapc_c_1, 1, 10),
  region,
  leapc_c_2
FROM (
  SELECT
    'ties' AS leapc_c_1,
    MIN(region) AS region,
    SUM(amount) AS leapc_c_2,
    RANK() OVER (ORDER BY SUM(amount) DESC) AS leapc_w_3
  FROM qry_db.orders
  GROUP BY
    UPPER(RTRIM(region))
) AS leapc_t_4
WHERE
  leapc_w_3 <= 1
ORDER BY
  3 DESC
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.orders')
        script.sql('S030', S030, writes='qry_db.orders')
        script.sql('S040', S040, writes='qry_db.orders')
        script.sql('S050', S050, writes='qry_db.orders')
        script.sql('S060', S060, writes='qry_db.orders')
        script.sql('S070', S070, writes='qry_db.orders')
        script.sql('S080', S080, writes='qry_db.orders')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='qry_db.result_top')
        script.sql('S110', S110, writes='qry_db.result_top')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
