"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CAST to a DECIMAL with fewer fractional digits rounds (never truncates); halfway values go to
#    the even digit under the default RoundHalfwayMagUp = FALSE
# source: input.sql:3
S010 = """\
CREATE TABLE typ_db.measures (
  id INT NOT NULL,
  m DECIMAL(10, 4)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO typ_db.measures
VALUES
  (1, 2.3450)
"""

# source: input.sql:11
S030 = """\
INSERT INTO typ_db.measures
VALUES
  (2, 2.3550)
"""

# source: input.sql:12
S040 = """\
INSERT INTO typ_db.measures
VALUES
  (3, -2.3450)
"""

# source: input.sql:13
S050 = """\
INSERT INTO typ_db.measures
VALUES
  (4, 2.3451)
"""

# source: input.sql:14
S060 = """\
INSERT INTO typ_db.measures
VALUES
  (5, 2.3480)
"""

# source: input.sql:15
S070 = """\
INSERT INTO typ_db.measures
VALUES
  (6, 2.3419)
"""

# source: input.sql:16
S080 = """\
INSERT INTO typ_db.measures
VALUES
  (7, 0.0250)
"""

# source: input.sql:17
S090 = """\
INSERT INTO typ_db.measures
VALUES
  (8, 7.5000)
"""

# source: input.sql:18
S100 = """\
INSERT INTO typ_db.measures
VALUES
  (9, 8.5000)
"""

# source: input.sql:19
S110 = """\
INSERT INTO typ_db.measures
VALUES
  (10, NULL)
"""

# source: input.sql:21
S120 = """\
CREATE TABLE typ_db.result_narrow (
  id INT,
  d2 DECIMAL(10, 2),
  d0 DECIMAL(10, 0),
  as_int INT
)
USING PARQUET
"""

# source: input.sql:30
S130 = """\
INSERT INTO typ_db.result_narrow
SELECT
  id,
  CAST(BROUND(m, 2) AS DECIMAL(10, 2)),
  CAST(BROUND(m, 0) AS DECIMAL(10, 0)),
  CAST(m AS INT)
FROM typ_db.measures
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='typ_db.measures')
        script.sql('S030', S030, writes='typ_db.measures')
        script.sql('S040', S040, writes='typ_db.measures')
        script.sql('S050', S050, writes='typ_db.measures')
        script.sql('S060', S060, writes='typ_db.measures')
        script.sql('S070', S070, writes='typ_db.measures')
        script.sql('S080', S080, writes='typ_db.measures')
        script.sql('S090', S090, writes='typ_db.measures')
        script.sql('S100', S100, writes='typ_db.measures')
        script.sql('S110', S110, writes='typ_db.measures')
        script.sql('S120', S120)
        script.sql('S130', S130, writes='typ_db.result_narrow')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
