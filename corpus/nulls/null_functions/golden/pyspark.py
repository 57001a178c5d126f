"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# ZEROIFNULL, NULLIFZERO, NVL, NULLIF and COALESCE (argument order matters)
# source: input.sql:2
S010 = """\
CREATE TABLE nul_db.readings (
  id INT NOT NULL,
  a INT,
  b INT,
  c INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO nul_db.readings
VALUES
  (1, NULL, 5, 7)
"""

# source: input.sql:12
S030 = """\
INSERT INTO nul_db.readings
VALUES
  (2, 0, NULL, 3)
"""

# source: input.sql:13
S040 = """\
INSERT INTO nul_db.readings
VALUES
  (3, 4, NULL, NULL)
"""

# source: input.sql:14
S050 = """\
INSERT INTO nul_db.readings
VALUES
  (4, NULL, NULL, NULL)
"""

# source: input.sql:15
S060 = """\
INSERT INTO nul_db.readings
VALUES
  (5, 9, 8, 1)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE nul_db.result_nullfn (
  id INT,
  zin INT,
  niz INT,
  nvl_ab INT,
  coal INT,
  nullif4 INT,
  zsum INT
)
USING PARQUET
"""

# source: input.sql:29
S080 = """\
INSERT INTO nul_db.result_nullfn
SELECT
  id,
  COALESCE(a, 0),
  NULLIF(a, 0),
  COALESCE(a, b),
  COALESCE(c, b, a, -1),
  NULLIF(a, 4),
  COALESCE(a, 0) + COALESCE(b, 0) + COALESCE(c, 0)
FROM nul_db.readings
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='nul_db.readings')
        script.sql('S030', S030, writes='nul_db.readings')
        script.sql('S040', S040, writes='nul_db.readings')
        script.sql('S050', S050, writes='nul_db.readings')
        script.sql('S060', S060, writes='nul_db.readings')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='nul_db.result_nullfn')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
