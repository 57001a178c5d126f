"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# PERCENT_RANK and CUME_DIST with ties and NULLs, ascending and descending; partition sizes
#    chosen so every value is exact in binary floating point
# source: input.sql:3
S010 = """\
CREATE TABLE win_db.five (
  id INT NOT NULL,
  v INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE win_db.four (
  id INT NOT NULL,
  v INT
)
USING PARQUET
"""

# source: input.sql:17
S030 = """\
INSERT INTO win_db.five
VALUES
  (1, 10)
"""

# source: input.sql:18
S040 = """\
INSERT INTO win_db.five
VALUES
  (2, NULL)
"""

# source: input.sql:19
S050 = """\
INSERT INTO win_db.five
VALUES
  (3, 20)
"""

# source: input.sql:20
S060 = """\
INSERT INTO win_db.five
VALUES
  (4, 20)
"""

# source: input.sql:21
S070 = """\
INSERT INTO win_db.five
VALUES
  (5, 30)
"""

# source: input.sql:22
S080 = """\
INSERT INTO win_db.four
VALUES
  (1, NULL)
"""

# source: input.sql:23
S090 = """\
INSERT INTO win_db.four
VALUES
  (2, 5)
"""

# source: input.sql:24
S100 = """\
INSERT INTO win_db.four
VALUES
  (3, 5)
"""

# source: input.sql:25
S110 = """\
INSERT INTO win_db.four
VALUES
  (4, 9)
"""

# source: input.sql:27
S120 = """\
CREATE TABLE win_db.result_pct (
  src STRING,
  id INT,
  asc_val DECIMAL(5, 4),
  desc_val DECIMAL(5, 4)
)
USING PARQUET
"""

# source: input.sql:36
S130 = """\
INSERT INTO win_db.result_pct
SELECT
  'pct_rank',
  id,
  PERCENT_RANK() OVER (ORDER BY v),
  PERCENT_RANK() OVER (ORDER BY v DESC)
FROM win_db.five
"""

# source: input.sql:42
S140 = """\
INSERT INTO win_db.result_pct
SELECT
  'cume_dist',
  id,
  CUME_DIST() OVER (ORDER BY v ASC),
  CUME_DIST() OVER (ORDER BY v DESC)
FROM win_db.four
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='win_db.five')
        script.sql('S040', S040, writes='win_db.five')
        script.sql('S050', S050, writes='win_db.five')
        script.sql('S060', S060, writes='win_db.five')
        script.sql('S070', S070, writes='win_db.five')
        script.sql('S080', S080, writes='win_db.four')
        script.sql('S090', S090, writes='win_db.four')
        script.sql('S100', S100, writes='win_db.four')
        script.sql('S110', S110, writes='win_db.four')
        script.sql('S120', S120)
        script.sql('S130', S130, writes='win_db.result_pct')
        script.sql('S140', S140, writes='win_db.result_pct')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
