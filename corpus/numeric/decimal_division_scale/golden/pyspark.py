"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DECIMAL division keeps the larger operand scale and rounds at every step
# source: input.sql:2
S010 = """\
CREATE TABLE num_db.ratios (
  id INT NOT NULL,
  a DECIMAL(10, 2),
  b DECIMAL(10, 2),
  n INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO num_db.ratios
VALUES
  (1, 2.00, 3.00, 3)
"""

# source: input.sql:12
S030 = """\
INSERT INTO num_db.ratios
VALUES
  (2, 10.00, 3.00, 7)
"""

# source: input.sql:13
S040 = """\
INSERT INTO num_db.ratios
VALUES
  (3, 1.00, 6.00, 6)
"""

# source: input.sql:14
S050 = """\
INSERT INTO num_db.ratios
VALUES
  (4, -2.00, 3.00, 3)
"""

# source: input.sql:15
S060 = """\
INSERT INTO num_db.ratios
VALUES
  (5, 5.00, NULL, NULL)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE num_db.result_ratios (
  id INT,
  q DECIMAL(12, 4),
  q_int DECIMAL(12, 4),
  pct DECIMAL(12, 4),
  pct_first DECIMAL(12, 4),
  prod DECIMAL(12, 4)
)
USING PARQUET
"""

# source: input.sql:28
S080 = """\
INSERT INTO num_db.result_ratios
SELECT
  id,
  BROUND(a / b, 2),
  BROUND(a / n, 2),
  BROUND(a / b, 2) * 100,
  BROUND(100 * a / b, 2),
  a * b
FROM num_db.ratios
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='num_db.ratios')
        script.sql('S030', S030, writes='num_db.ratios')
        script.sql('S040', S040, writes='num_db.ratios')
        script.sql('S050', S050, writes='num_db.ratios')
        script.sql('S060', S060, writes='num_db.ratios')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='num_db.result_ratios')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
