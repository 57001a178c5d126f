"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# ROUND(n, d) on DECIMAL halfway values, positive and negative, with positive, zero and negative places
# source: input.sql:2
S010 = """\
CREATE TABLE fn_db.amounts (
  id INT NOT NULL,
  amt DECIMAL(10, 3)
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO fn_db.amounts
VALUES
  (1, 2.345)
"""

# source: input.sql:10
S030 = """\
INSERT INTO fn_db.amounts
VALUES
  (2, -2.345)
"""

# source: input.sql:11
S040 = """\
INSERT INTO fn_db.amounts
VALUES
  (3, 2.500)
"""

# source: input.sql:12
S050 = """\
INSERT INTO fn_db.amounts
VALUES
  (4, -2.500)
"""

# source: input.sql:13
S060 = """\
INSERT INTO fn_db.amounts
VALUES
  (5, 125.000)
"""

# source: input.sql:14
S070 = """\
INSERT INTO fn_db.amounts
VALUES
  (6, -135.000)
"""

# source: input.sql:15
S080 = """\
INSERT INTO fn_db.amounts
VALUES
  (7, 0.125)
"""

# source: input.sql:16
S090 = """\
INSERT INTO fn_db.amounts
VALUES
  (8, 1450.000)
"""

# source: input.sql:17
S100 = """\
INSERT INTO fn_db.amounts
VALUES
  (9, NULL)
"""

# source: input.sql:19
S110 = """\
CREATE TABLE fn_db.result_round (
  id INT,
  r2 DECIMAL(10, 3),
  r0 DECIMAL(10, 3),
  r_tens DECIMAL(10, 3),
  r_hund DECIMAL(10, 3)
)
USING PARQUET
"""

# source: input.sql:29
S120 = """\
INSERT INTO fn_db.result_round
SELECT
  id,
  ROUND(amt, 2),
  ROUND(amt, 0),
  ROUND(amt, -1),
  ROUND(amt, -2)
FROM fn_db.amounts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fn_db.amounts')
        script.sql('S030', S030, writes='fn_db.amounts')
        script.sql('S040', S040, writes='fn_db.amounts')
        script.sql('S050', S050, writes='fn_db.amounts')
        script.sql('S060', S060, writes='fn_db.amounts')
        script.sql('S070', S070, writes='fn_db.amounts')
        script.sql('S080', S080, writes='fn_db.amounts')
        script.sql('S090', S090, writes='fn_db.amounts')
        script.sql('S100', S100, writes='fn_db.amounts')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='fn_db.result_round')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
