"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# The ** exponent operator: FLOAT result, binds tighter than * and +
# source: input.sql:2
S010 = """\
CREATE TABLE num_db.bases (
  id INT NOT NULL,
  b INT,
  e INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO num_db.bases
VALUES
  (1, 2, 10)
"""

# source: input.sql:11
S030 = """\
INSERT INTO num_db.bases
VALUES
  (2, -3, 3)
"""

# source: input.sql:12
S040 = """\
INSERT INTO num_db.bases
VALUES
  (3, 4, -1)
"""

# source: input.sql:13
S050 = """\
INSERT INTO num_db.bases
VALUES
  (4, 10, 0)
"""

# source: input.sql:14
S060 = """\
INSERT INTO num_db.bases
VALUES
  (5, NULL, 2)
"""

# source: input.sql:15
S070 = """\
INSERT INTO num_db.bases
VALUES
  (6, 5, NULL)
"""

# source: input.sql:17
S080 = """\
CREATE TABLE num_db.result_pow (
  id INT,
  p DOUBLE,
  sq_int INT,
  expr DOUBLE,
  root DOUBLE
)
USING PARQUET
"""

# source: input.sql:27
S090 = """\
INSERT INTO num_db.result_pow
SELECT
  id,
  POWER(b, e),
  POWER(b, 2),
  1 + 2 * POWER(b, 2),
  POWER((
    b * b
  ), 0.5)
FROM num_db.bases
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='num_db.bases')
        script.sql('S030', S030, writes='num_db.bases')
        script.sql('S040', S040, writes='num_db.bases')
        script.sql('S050', S050, writes='num_db.bases')
        script.sql('S060', S060, writes='num_db.bases')
        script.sql('S070', S070, writes='num_db.bases')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='num_db.result_pow')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
