"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# TOP n with ORDER BY: NULLs sort lowest (first ascending, last descending); WITH TIES
# source: input.sql:2
S010 = """\
CREATE TABLE top_db.scores (
  player STRING NOT NULL,
  score INT
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO top_db.scores
VALUES
  ('ann', 90)
"""

# source: input.sql:10
S030 = """\
INSERT INTO top_db.scores
VALUES
  ('bob', 85)
"""

# source: input.sql:11
S040 = """\
INSERT INTO top_db.scores
VALUES
  ('cat', 85)
"""

# source: input.sql:12
S050 = """\
INSERT INTO top_db.scores
VALUES
  ('dan', 70)
"""

# source: input.sql:13
S060 = """\
INSERT INTO top_db.scores
VALUES
  ('eve', NULL)
"""

# source: input.sql:14
S070 = """\
INSERT INTO top_db.scores
VALUES
  ('fay', 60)
"""

# source: input.sql:16
S080 = """\
CREATE TABLE top_db.result_top (
  tag STRING,
  player STRING,
  score INT
)
USING PARQUET
"""

# source: input.sql:24
S090 = """\
INSERT INTO top_db.result_top
SELECT
  'DESC3',
  player,
  score
FROM top_db.scores
ORDER BY
  score DESC,
  UPPER(RTRIM(player))
LIMIT 3
"""

# source: input.sql:29
S100 = """\
INSERT INTO top_db.result_top
SELECT
  'ASC2',
  player,
  score
FROM top_db.scores
ORDER BY
  score ASC,
  UPPER(RTRIM(player))
LIMIT 2
"""

# source: input.sql:34
S110 = """\
INSERT INTO top_db.result_top
SELECT
  SUBSTRING(leapc_c_1, 1, 10),
  player,
  score
FROM (
  SELECT
    'TIES2' AS leapc_c_1,
    player,
    score,
    RANK() OVER (ORDER BY score DESC) AS leapc_w_2
  FROM top_db.scores
) AS leapc_t_3
WHERE
  leapc_w_2 <= 2
ORDER BY
  score DESC
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='top_db.scores')
        script.sql('S030', S030, writes='top_db.scores')
        script.sql('S040', S040, writes='top_db.scores')
        script.sql('S050', S050, writes='top_db.scores')
        script.sql('S060', S060, writes='top_db.scores')
        script.sql('S070', S070, writes='top_db.scores')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='top_db.result_top')
        script.sql('S100', S100, writes='top_db.result_top')
        script.sql('S110', S110, writes='top_db.result_top')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
