"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# TRUNC(n [, d]) and ROUND(n, d) on DECIMAL, including negative values and negative places
# source: input.sql:2
S010 = """\
CREATE TABLE num_db.prices (
  id INT NOT NULL,
  price DECIMAL(10, 3)
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO num_db.prices
VALUES
  (1, 2.758)
"""

# source: input.sql:10
S030 = """\
INSERT INTO num_db.prices
VALUES
  (2, -2.758)
"""

# source: input.sql:11
S040 = """\
INSERT INTO num_db.prices
VALUES
  (3, 123.456)
"""

# source: input.sql:12
S050 = """\
INSERT INTO num_db.prices
VALUES
  (4, 0.041)
"""

# source: input.sql:13
S060 = """\
INSERT INTO num_db.prices
VALUES
  (5, NULL)
"""

# source: input.sql:15
S070 = """\
CREATE TABLE num_db.result_trunc_round (
  id INT,
  t1 DECIMAL(10, 3),
  t0 DECIMAL(10, 3),
  t_tens DECIMAL(10, 3),
  r2 DECIMAL(10, 3)
)
USING PARQUET
"""

# source: input.sql:25
S080 = """\
INSERT INTO num_db.result_trunc_round
SELECT
  id,
  CASE WHEN price >= 0 THEN FLOOR(price * 10) ELSE CEIL(price * 10) END / 10,
  CASE WHEN price >= 0 THEN FLOOR(price) ELSE CEIL(price) END,
  CASE WHEN price >= 0 THEN FLOOR(price * 0.1) ELSE CEIL(price * 0.1) END / 0.1,
  ROUND(price, 2)
FROM num_db.prices
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='num_db.prices')
        script.sql('S030', S030, writes='num_db.prices')
        script.sql('S040', S040, writes='num_db.prices')
        script.sql('S050', S050, writes='num_db.prices')
        script.sql('S060', S060, writes='num_db.prices')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='num_db.result_trunc_round')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
