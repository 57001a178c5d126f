"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DECIMAL -> INTEGER truncates the fraction (explicit CAST and implicit assignment)
# source: input.sql:2
S010 = """\
CREATE TABLE num_db.amounts (
  id INT NOT NULL,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO num_db.amounts
VALUES
  (1, 2.70)
"""

# source: input.sql:10
S030 = """\
INSERT INTO num_db.amounts
VALUES
  (2, -2.70)
"""

# source: input.sql:11
S040 = """\
INSERT INTO num_db.amounts
VALUES
  (3, 2.50)
"""

# source: input.sql:12
S050 = """\
INSERT INTO num_db.amounts
VALUES
  (4, -2.50)
"""

# source: input.sql:13
S060 = """\
INSERT INTO num_db.amounts
VALUES
  (5, 0.99)
"""

# source: input.sql:14
S070 = """\
INSERT INTO num_db.amounts
VALUES
  (6, -0.99)
"""

# source: input.sql:15
S080 = """\
INSERT INTO num_db.amounts
VALUES
  (7, 123.45)
"""

# source: input.sql:16
S090 = """\
INSERT INTO num_db.amounts
VALUES
  (8, NULL)
"""

# source: input.sql:18
S100 = """\
CREATE TABLE num_db.result_cast_int (
  id INT,
  cast_int INT,
  assigned INT,
  cast_small SMALLINT,
  cast_big BIGINT,
  scaled_int INT
)
USING PARQUET
"""

# source: input.sql:29
S110 = """\
INSERT INTO num_db.result_cast_int
SELECT
  id,
  CAST(amt AS INT),
  amt,
  CAST(amt AS SMALLINT),
  CAST(amt * 10 AS BIGINT),
  CAST(amt * 1.5 AS INT)
FROM num_db.amounts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='num_db.amounts')
        script.sql('S030', S030, writes='num_db.amounts')
        script.sql('S040', S040, writes='num_db.amounts')
        script.sql('S050', S050, writes='num_db.amounts')
        script.sql('S060', S060, writes='num_db.amounts')
        script.sql('S070', S070, writes='num_db.amounts')
        script.sql('S080', S080, writes='num_db.amounts')
        script.sql('S090', S090, writes='num_db.amounts')
        script.sql('S100', S100)
        script.sql('S110', S110, writes='num_db.result_cast_int')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
