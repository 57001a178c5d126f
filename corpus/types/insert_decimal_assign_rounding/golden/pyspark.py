"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Storing a wider-scale DECIMAL (column or SUM) into a narrower DECIMAL column rounds on
#    assignment, halfway values to even; an INTEGER target truncates
# source: input.sql:3
S010 = """\
CREATE TABLE typ_db.lines (
  id INT NOT NULL,
  grp STRING,
  price DECIMAL(10, 3)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO typ_db.lines
VALUES
  (1, 'A', 1.005)
"""

# source: input.sql:12
S030 = """\
INSERT INTO typ_db.lines
VALUES
  (2, 'A', 0.010)
"""

# source: input.sql:13
S040 = """\
INSERT INTO typ_db.lines
VALUES
  (3, 'B', 1.015)
"""

# source: input.sql:14
S050 = """\
INSERT INTO typ_db.lines
VALUES
  (4, 'B', 0.010)
"""

# source: input.sql:15
S060 = """\
INSERT INTO typ_db.lines
VALUES
  (5, 'C', -0.125)
"""

# source: input.sql:16
S070 = """\
INSERT INTO typ_db.lines
VALUES
  (6, 'D', 2.999)
"""

# source: input.sql:17
S080 = """\
INSERT INTO typ_db.lines
VALUES
  (7, 'D', 0.006)
"""

# source: input.sql:19
S090 = """\
CREATE TABLE typ_db.result_assign (
  grp STRING,
  total2 DECIMAL(10, 2),
  total_int INT,
  max2 DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:28
S100 = """\
INSERT INTO typ_db.result_assign
SELECT
  MIN(grp) AS grp,
  BROUND(SUM(price), 2),
  SUM(price),
  BROUND(MAX(price), 2)
FROM typ_db.lines
GROUP BY
  UPPER(RTRIM(grp))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='typ_db.lines')
        script.sql('S030', S030, writes='typ_db.lines')
        script.sql('S040', S040, writes='typ_db.lines')
        script.sql('S050', S050, writes='typ_db.lines')
        script.sql('S060', S060, writes='typ_db.lines')
        script.sql('S070', S070, writes='typ_db.lines')
        script.sql('S080', S080, writes='typ_db.lines')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='typ_db.result_assign')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
