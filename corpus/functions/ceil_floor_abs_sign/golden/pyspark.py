"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CEILING / FLOOR of negative and positive decimals, ABS and SIGN
# source: input.sql:2
S010 = """\
CREATE TABLE fn_db.readings (
  id INT NOT NULL,
  v DECIMAL(8, 2),
  n INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO fn_db.readings
VALUES
  (1, 2.10, 5)
"""

# source: input.sql:11
S030 = """\
INSERT INTO fn_db.readings
VALUES
  (2, -2.10, -5)
"""

# source: input.sql:12
S040 = """\
INSERT INTO fn_db.readings
VALUES
  (3, -2.90, 0)
"""

# source: input.sql:13
S050 = """\
INSERT INTO fn_db.readings
VALUES
  (4, 3.00, -1)
"""

# source: input.sql:14
S060 = """\
INSERT INTO fn_db.readings
VALUES
  (5, -0.50, NULL)
"""

# source: input.sql:15
S070 = """\
INSERT INTO fn_db.readings
VALUES
  (6, 0.00, 7)
"""

# source: input.sql:16
S080 = """\
INSERT INTO fn_db.readings
VALUES
  (7, NULL, -12)
"""

# source: input.sql:18
S090 = """\
CREATE TABLE fn_db.result_ceil_floor (
  id INT,
  ceil_v DECIMAL(8, 2),
  floor_v DECIMAL(8, 2),
  abs_v DECIMAL(8, 2),
  sign_v INT,
  abs_n INT,
  sign_n INT
)
USING PARQUET
"""

# source: input.sql:30
S100 = """\
INSERT INTO fn_db.result_ceil_floor
SELECT
  id,
  CEIL(v),
  FLOOR(v),
  ABS(v),
  SIGN(v),
  ABS(n),
  SIGN(n)
FROM fn_db.readings
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fn_db.readings')
        script.sql('S030', S030, writes='fn_db.readings')
        script.sql('S040', S040, writes='fn_db.readings')
        script.sql('S050', S050, writes='fn_db.readings')
        script.sql('S060', S060, writes='fn_db.readings')
        script.sql('S070', S070, writes='fn_db.readings')
        script.sql('S080', S080, writes='fn_db.readings')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='fn_db.result_ceil_floor')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
