"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# AVG returns FLOAT (also for INTEGER and DECIMAL input) and keeps the fraction; SUM of DECIMAL
#    stays exact; stored into DECIMAL and FLOAT columns
# source: input.sql:3
S010 = """\
CREATE TABLE agg_db.scores (
  id INT NOT NULL,
  team STRING,
  pts INT,
  amt DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO agg_db.scores
VALUES
  (1, 'A', 1, 1.00)
"""

# source: input.sql:13
S030 = """\
INSERT INTO agg_db.scores
VALUES
  (2, 'A', 2, 2.00)
"""

# source: input.sql:14
S040 = """\
INSERT INTO agg_db.scores
VALUES
  (3, 'A', 2, 2.00)
"""

# source: input.sql:15
S050 = """\
INSERT INTO agg_db.scores
VALUES
  (4, 'B', 1, 0.10)
"""

# source: input.sql:16
S060 = """\
INSERT INTO agg_db.scores
VALUES
  (5, 'B', 2, 0.20)
"""

# source: input.sql:17
S070 = """\
INSERT INTO agg_db.scores
VALUES
  (6, 'C', -3, NULL)
"""

# source: input.sql:18
S080 = """\
INSERT INTO agg_db.scores
VALUES
  (7, 'C', -4, NULL)
"""

# source: input.sql:20
S090 = """\
CREATE TABLE agg_db.result_avg_sum (
  team STRING,
  avg_pts DECIMAL(10, 2),
  avg_ptsf DOUBLE,
  avg_amt DECIMAL(10, 2),
  sum_amt DECIMAL(12, 2),
  sum_pts INT
)
USING PARQUET
"""

# source: input.sql:31
S100 = """\
INSERT INTO agg_db.result_avg_sum
SELECT
  MIN(team) AS team,
  AVG(pts),
  AVG(pts),
  AVG(amt),
  SUM(amt),
  SUM(pts)
FROM agg_db.scores
GROUP BY
  UPPER(RTRIM(team))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='agg_db.scores')
        script.sql('S030', S030, writes='agg_db.scores')
        script.sql('S040', S040, writes='agg_db.scores')
        script.sql('S050', S050, writes='agg_db.scores')
        script.sql('S060', S060, writes='agg_db.scores')
        script.sql('S070', S070, writes='agg_db.scores')
        script.sql('S080', S080, writes='agg_db.scores')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='agg_db.result_avg_sum')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
