"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Repeat customers: days since the previous order (LAG with a default), a centred 3-order average,
#    each order's cumulative share of the customer's spend, and the latest amount so far
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.orders (
  order_id INT NOT NULL,
  cust_id INT,
  order_dt DATE,
  items INT,
  amount DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO pdn_db.orders
VALUES
  (1, 10, CAST('2024-02-27' AS DATE), 1, 30.00)
"""

# source: input.sql:14
S030 = """\
INSERT INTO pdn_db.orders
VALUES
  (2, 10, CAST('2024-03-02' AS DATE), 4, 45.00)
"""

# source: input.sql:15
S040 = """\
INSERT INTO pdn_db.orders
VALUES
  (3, 10, CAST('2024-03-09' AS DATE), 2, 25.00)
"""

# source: input.sql:16
S050 = """\
INSERT INTO pdn_db.orders
VALUES
  (4, 20, CAST('2024-01-15' AS DATE), 3, 10.00)
"""

# source: input.sql:17
S060 = """\
INSERT INTO pdn_db.orders
VALUES
  (5, 20, CAST('2024-02-29' AS DATE), NULL, 20.00)
"""

# source: input.sql:18
S070 = """\
INSERT INTO pdn_db.orders
VALUES
  (6, 30, CAST('2024-03-01' AS DATE), 5, 99.99)
"""

# source: input.sql:20
S080 = """\
CREATE TABLE pdn_db.result_repeat (
  order_id INT,
  gap_days INT,
  avg_items3 DECIMAL(8, 2),
  cum_share DECIMAL(8, 4),
  last_amt DECIMAL(9, 2),
  first_dt DATE
)
USING PARQUET
"""

# source: input.sql:31
S090 = """\
INSERT INTO pdn_db.result_repeat
SELECT
  order_id,
  leapc_c_1,
  leapc_c_2,
  leapc_c_3,
  leapc_c_4,
  leapc_c_5
FROM (
  SELECT
    order_id,
    DATEDIFF(order_dt, LAG(order_dt, 1, order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt)) AS leapc_c_1,
    AVG(items) OVER (PARTITION BY cust_id ORDER BY order_dt ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS leapc_c_2,
    BROUND(
      SUM(amount) OVER (
        PARTITION BY cust_id
        ORDER BY order_dt
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) / SUM(amount) OVER (PARTITION BY cust_id),
      2
    ) AS leapc_c_3,
    LAST_VALUE(amount) OVER (PARTITION BY cust_id ORDER BY order_dt) AS leapc_c_4,
    FIRST_VALUE(order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt) AS leapc_c_5,
    COUNT(*) OVER (PARTITION BY cust_id) AS leapc_w_6
  FROM pdn_db.orders
) AS leapc_t_7
WHERE
  leapc_w_6 >= 2
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.orders')
        script.sql('S030', S030, writes='pdn_db.orders')
        script.sql('S040', S040, writes='pdn_db.orders')
        script.sql('S050', S050, writes='pdn_db.orders')
        script.sql('S060', S060, writes='pdn_db.orders')
        script.sql('S070', S070, writes='pdn_db.orders')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='pdn_db.result_repeat')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
