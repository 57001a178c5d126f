"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Weighted average price and margin ratio per product: DECIMAL division of aggregates keeps the
#    larger operand scale (2) and rounds there before the result is stored in DECIMAL(12,4)
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.order_lines (
  line_id INT NOT NULL,
  product STRING,
  qty INT,
  unit_price DECIMAL(9, 2),
  unit_cost DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO pdn_db.order_lines
VALUES
  (1, 'A', 3, 10.00, 7.00)
"""

# source: input.sql:14
S030 = """\
INSERT INTO pdn_db.order_lines
VALUES
  (2, 'A', 4, 12.50, 9.10)
"""

# source: input.sql:15
S040 = """\
INSERT INTO pdn_db.order_lines
VALUES
  (3, 'B', 1, 19.99, 15.00)
"""

# source: input.sql:16
S050 = """\
INSERT INTO pdn_db.order_lines
VALUES
  (4, 'B', 2, 20.01, 15.00)
"""

# source: input.sql:17
S060 = """\
INSERT INTO pdn_db.order_lines
VALUES
  (5, 'B', 3, 20.00, NULL)
"""

# source: input.sql:18
S070 = """\
INSERT INTO pdn_db.order_lines
VALUES
  (6, 'C', 6, 0.10, 0.07)
"""

# source: input.sql:20
S080 = """\
CREATE TABLE pdn_db.result_pricing (
  product STRING,
  wavg_price DECIMAL(12, 4),
  avg_line_amt DECIMAL(12, 4),
  margin_pct DECIMAL(12, 4)
)
USING PARQUET
"""

# source: input.sql:29
S090 = """\
INSERT INTO pdn_db.result_pricing
SELECT
  MIN(product) AS product,
  BROUND(SUM(qty * unit_price) / SUM(qty), 2),
  BROUND(SUM(qty * unit_price) / COUNT(*), 2),
  BROUND((
    SUM(unit_price) - SUM(unit_cost)
  ) / SUM(unit_price), 2) * 100
FROM pdn_db.order_lines
GROUP BY
  UPPER(RTRIM(product))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.order_lines')
        script.sql('S030', S030, writes='pdn_db.order_lines')
        script.sql('S040', S040, writes='pdn_db.order_lines')
        script.sql('S050', S050, writes='pdn_db.order_lines')
        script.sql('S060', S060, writes='pdn_db.order_lines')
        script.sql('S070', S070, writes='pdn_db.order_lines')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='pdn_db.result_pricing')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
