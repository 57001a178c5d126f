"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# MOD takes the sign of the dividend; odd/even tests with MOD on negative values
# source: input.sql:2
S010 = """\
CREATE TABLE num_db.vals (
  id INT NOT NULL,
  x INT,
  amt DECIMAL(6, 1)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO num_db.vals
VALUES
  (1, 17, 7.5)
"""

# source: input.sql:11
S030 = """\
INSERT INTO num_db.vals
VALUES
  (2, -17, -7.5)
"""

# source: input.sql:12
S040 = """\
INSERT INTO num_db.vals
VALUES
  (3, 8, 4.0)
"""

# source: input.sql:13
S050 = """\
INSERT INTO num_db.vals
VALUES
  (4, -8, 0.5)
"""

# source: input.sql:14
S060 = """\
INSERT INTO num_db.vals
VALUES
  (5, 0, NULL)
"""

# source: input.sql:15
S070 = """\
INSERT INTO num_db.vals
VALUES
  (6, NULL, 3.0)
"""

# source: input.sql:16
S080 = """\
INSERT INTO num_db.vals
VALUES
  (7, -3, -2.0)
"""

# source: input.sql:18
S090 = """\
CREATE TABLE num_db.result_mod (
  tag STRING,
  id INT,
  m_pos INT,
  m_neg INT,
  m_amt DECIMAL(6, 1)
)
USING PARQUET
"""

# source: input.sql:28
S100 = """\
INSERT INTO num_db.result_mod
SELECT
  'ALL',
  id,
  x % 4,
  x % -4,
  amt % 2
FROM num_db.vals
"""

# source: input.sql:32
S110 = """\
INSERT INTO num_db.result_mod
SELECT
  'ODD',
  id,
  NULL,
  NULL,
  NULL
FROM num_db.vals
WHERE
  x % 2 = 1
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='num_db.vals')
        script.sql('S030', S030, writes='num_db.vals')
        script.sql('S040', S040, writes='num_db.vals')
        script.sql('S050', S050, writes='num_db.vals')
        script.sql('S060', S060, writes='num_db.vals')
        script.sql('S070', S070, writes='num_db.vals')
        script.sql('S080', S080, writes='num_db.vals')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='num_db.result_mod')
        script.sql('S110', S110, writes='num_db.result_mod')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
