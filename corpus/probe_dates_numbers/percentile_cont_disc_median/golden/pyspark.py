"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Basket-size distribution per channel: exact percentiles (interpolated and discrete) and median
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.baskets (
  basket_id INT NOT NULL,
  channel STRING,
  basket_amt DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.baskets
VALUES
  (1, 'WEB', 10.00)
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.baskets
VALUES
  (2, 'WEB', 20.00)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.baskets
VALUES
  (3, 'WEB', 30.00)
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.baskets
VALUES
  (4, 'WEB', 40.00)
"""

# source: input.sql:14
S060 = """\
INSERT INTO pdn_db.baskets
VALUES
  (5, 'WEB', NULL)
"""

# source: input.sql:15
S070 = """\
INSERT INTO pdn_db.baskets
VALUES
  (6, 'STORE', 5.00)
"""

# source: input.sql:16
S080 = """\
INSERT INTO pdn_db.baskets
VALUES
  (7, 'STORE', 7.00)
"""

# source: input.sql:17
S090 = """\
INSERT INTO pdn_db.baskets
VALUES
  (8, 'STORE', 100.00)
"""

# source: input.sql:18
S100 = """\
INSERT INTO pdn_db.baskets
VALUES
  (9, 'APP', 12.50)
"""

# source: input.sql:20
S110 = """\
CREATE TABLE pdn_db.result_basket_pct (
  channel STRING,
  p50_cont DECIMAL(10, 2),
  p25_cont DECIMAL(10, 2),
  p90_disc DECIMAL(10, 2),
  med_amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:30
S120 = """\
INSERT INTO pdn_db.result_basket_pct
SELECT
  MIN(channel) AS channel,
  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY basket_amt),
  PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY basket_amt),
  PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY basket_amt),
  MEDIAN(basket_amt)
FROM pdn_db.baskets
GROUP BY
  UPPER(RTRIM(channel))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.baskets')
        script.sql('S030', S030, writes='pdn_db.baskets')
        script.sql('S040', S040, writes='pdn_db.baskets')
        script.sql('S050', S050, writes='pdn_db.baskets')
        script.sql('S060', S060, writes='pdn_db.baskets')
        script.sql('S070', S070, writes='pdn_db.baskets')
        script.sql('S080', S080, writes='pdn_db.baskets')
        script.sql('S090', S090, writes='pdn_db.baskets')
        script.sql('S100', S100, writes='pdn_db.baskets')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='pdn_db.result_basket_pct')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
