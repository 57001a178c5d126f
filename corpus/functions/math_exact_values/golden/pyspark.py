"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# SQRT, EXP, LN, LOG (base 10 in Teradata), POWER on values with exact results
# source: input.sql:2
S010 = """\
CREATE TABLE fn_db.nums (
  id INT NOT NULL,
  x INT,
  p INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO fn_db.nums
VALUES
  (1, 1, 0)
"""

# source: input.sql:11
S030 = """\
INSERT INTO fn_db.nums
VALUES
  (2, 100, 2)
"""

# source: input.sql:12
S040 = """\
INSERT INTO fn_db.nums
VALUES
  (3, 1000, 3)
"""

# source: input.sql:13
S050 = """\
INSERT INTO fn_db.nums
VALUES
  (4, 16, 1)
"""

# source: input.sql:14
S060 = """\
INSERT INTO fn_db.nums
VALUES
  (5, NULL, 2)
"""

# source: input.sql:16
S070 = """\
CREATE TABLE fn_db.result_math (
  id INT,
  sqrt_x DECIMAL(12, 4),
  log_x DECIMAL(12, 4),
  ln_x DECIMAL(12, 4),
  exp_ln DECIMAL(12, 4),
  pow_x DECIMAL(18, 4),
  pow_two DECIMAL(12, 4)
)
USING PARQUET
"""

# source: input.sql:28
S080 = """\
INSERT INTO fn_db.result_math
SELECT
  id,
  SQRT(x),
  LOG10(x),
  LN(x),
  EXP(LN(x)),
  POWER(x, p),
  POWER(2, p + 8)
FROM fn_db.nums
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fn_db.nums')
        script.sql('S030', S030, writes='fn_db.nums')
        script.sql('S040', S040, writes='fn_db.nums')
        script.sql('S050', S050, writes='fn_db.nums')
        script.sql('S060', S060, writes='fn_db.nums')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='fn_db.result_math')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
