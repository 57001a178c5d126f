"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INTEGER and FLOAT to DECIMAL: integers gain a zero scale, FLOAT rounds to the nearest
#    (no halfway values), INTEGER arithmetic stays integer until the cast
# source: input.sql:3
S010 = """\
CREATE TABLE typ_db.ratios (
  id INT NOT NULL,
  num INT,
  den INT,
  f DOUBLE
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO typ_db.ratios
VALUES
  (1, 1, 3, 3.14159E0)
"""

# source: input.sql:13
S030 = """\
INSERT INTO typ_db.ratios
VALUES
  (2, 2, 3, -2.71828E0)
"""

# source: input.sql:14
S040 = """\
INSERT INTO typ_db.ratios
VALUES
  (3, 7, 2, 1.0E-3)
"""

# source: input.sql:15
S050 = """\
INSERT INTO typ_db.ratios
VALUES
  (4, -7, 2, 12345.6789E0)
"""

# source: input.sql:16
S060 = """\
INSERT INTO typ_db.ratios
VALUES
  (5, NULL, 4, NULL)
"""

# source: input.sql:18
S070 = """\
CREATE TABLE typ_db.result_to_dec (
  id INT,
  num_dec DECIMAL(8, 2),
  int_quot DECIMAL(8, 2),
  dec_quot DECIMAL(8, 2),
  f_dec DECIMAL(10, 2),
  f_dec4 DECIMAL(12, 4)
)
USING PARQUET
"""

# source: input.sql:29
S080 = """\
INSERT INTO typ_db.result_to_dec
SELECT
  id,
  CAST(num AS DECIMAL(8, 2)),
  CAST(CAST(num DIV den AS INT) AS DECIMAL(8, 2)),
  BROUND(CAST(num AS DECIMAL(8, 2)) / den, 2),
  CAST(f AS DECIMAL(10, 2)),
  CAST(f AS DECIMAL(12, 4))
FROM typ_db.ratios
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='typ_db.ratios')
        script.sql('S030', S030, writes='typ_db.ratios')
        script.sql('S040', S040, writes='typ_db.ratios')
        script.sql('S050', S050, writes='typ_db.ratios')
        script.sql('S060', S060, writes='typ_db.ratios')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='typ_db.result_to_dec')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
