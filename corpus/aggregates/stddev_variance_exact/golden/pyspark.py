"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# STDDEV_SAMP / STDDEV_POP / VAR_SAMP / VAR_POP on exact data; one-row and all-NULL groups
# source: input.sql:2
S010 = """\
CREATE TABLE agg_db.samples (
  id INT NOT NULL,
  grp STRING,
  x INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO agg_db.samples
VALUES
  (1, 'A', 2)
"""

# source: input.sql:11
S030 = """\
INSERT INTO agg_db.samples
VALUES
  (2, 'A', 4)
"""

# source: input.sql:12
S040 = """\
INSERT INTO agg_db.samples
VALUES
  (3, 'A', 4)
"""

# source: input.sql:13
S050 = """\
INSERT INTO agg_db.samples
VALUES
  (4, 'A', 4)
"""

# source: input.sql:14
S060 = """\
INSERT INTO agg_db.samples
VALUES
  (5, 'A', 5)
"""

# source: input.sql:15
S070 = """\
INSERT INTO agg_db.samples
VALUES
  (6, 'A', 5)
"""

# source: input.sql:16
S080 = """\
INSERT INTO agg_db.samples
VALUES
  (7, 'A', 7)
"""

# source: input.sql:17
S090 = """\
INSERT INTO agg_db.samples
VALUES
  (8, 'A', 9)
"""

# source: input.sql:18
S100 = """\
INSERT INTO agg_db.samples
VALUES
  (9, 'B', 10)
"""

# source: input.sql:19
S110 = """\
INSERT INTO agg_db.samples
VALUES
  (10, 'B', NULL)
"""

# source: input.sql:20
S120 = """\
INSERT INTO agg_db.samples
VALUES
  (11, 'C', NULL)
"""

# source: input.sql:21
S130 = """\
INSERT INTO agg_db.samples
VALUES
  (12, 'D', 1)
"""

# source: input.sql:22
S140 = """\
INSERT INTO agg_db.samples
VALUES
  (13, 'D', 3)
"""

# source: input.sql:24
S150 = """\
CREATE TABLE agg_db.result_stats (
  grp STRING,
  sd_pop DECIMAL(12, 4),
  sd_samp DECIMAL(12, 4),
  v_pop DECIMAL(12, 4),
  v_samp DECIMAL(12, 4)
)
USING PARQUET
"""

# source: input.sql:34
S160 = """\
INSERT INTO agg_db.result_stats
SELECT
  MIN(grp) AS grp,
  STDDEV_POP(x),
  STDDEV_SAMP(x),
  VAR_POP(x),
  VARIANCE(x)
FROM agg_db.samples
GROUP BY
  UPPER(RTRIM(grp))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='agg_db.samples')
        script.sql('S030', S030, writes='agg_db.samples')
        script.sql('S040', S040, writes='agg_db.samples')
        script.sql('S050', S050, writes='agg_db.samples')
        script.sql('S060', S060, writes='agg_db.samples')
        script.sql('S070', S070, writes='agg_db.samples')
        script.sql('S080', S080, writes='agg_db.samples')
        script.sql('S090', S090, writes='agg_db.samples')
        script.sql('S100', S100, writes='agg_db.samples')
        script.sql('S110', S110, writes='agg_db.samples')
        script.sql('S120', S120, writes='agg_db.samples')
        script.sql('S130', S130, writes='agg_db.samples')
        script.sql('S140', S140, writes='agg_db.samples')
        script.sql('S150', S150)
        script.sql('S160', S160, writes='agg_db.result_stats')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
