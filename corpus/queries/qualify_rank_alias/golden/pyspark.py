"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# QUALIFY on a select-list alias (RANK with ties) and on a window that appears only in QUALIFY
#    (DENSE_RANK); the rank alias is also stored
# source: input.sql:3
S010 = """\
CREATE TABLE qry_db.scores (
  player STRING,
  team CHAR(2),
  points INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO qry_db.scores
VALUES
  ('P1', 'RD', 50)
"""

# source: input.sql:12
S030 = """\
INSERT INTO qry_db.scores
VALUES
  ('P2', 'RD', 50)
"""

# source: input.sql:13
S040 = """\
INSERT INTO qry_db.scores
VALUES
  ('P3', 'RD', 40)
"""

# source: input.sql:14
S050 = """\
INSERT INTO qry_db.scores
VALUES
  ('P4', 'RD', 30)
"""

# source: input.sql:15
S060 = """\
INSERT INTO qry_db.scores
VALUES
  ('P5', 'BL', 10)
"""

# source: input.sql:16
S070 = """\
INSERT INTO qry_db.scores
VALUES
  ('P6', 'BL', 20)
"""

# source: input.sql:17
S080 = """\
INSERT INTO qry_db.scores
VALUES
  ('P7', 'BL', 20)
"""

# source: input.sql:19
S090 = """\
CREATE TABLE qry_db.result_ranked (
  kind STRING,
  player STRING,
  team CHAR(2),
  rnk INT
)
USING PARQUET
"""

# source: input.sql:28
S100 = """\
INSERT INTO qry_db.result_ranked
SELECT
  SUBSTRING(leapc_c_1, 1, 10),
  player,
  team,
  rnk
FROM (
  SELECT
    'rank2' AS leapc_c_1,
    player,
    team,
    RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY points DESC) AS rnk
  FROM qry_db.scores
) AS leapc_t_2
WHERE
  rnk <= 2
"""

# source: input.sql:33
S110 = """\
INSERT INTO qry_db.result_ranked
SELECT
  SUBSTRING(leapc_c_3, 1, 10),
  player,
  team,
  points
FROM (
  SELECT
    'dense2' AS leapc_c_3,
    player,
    team,
    points,
    DENSE_RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY points DESC) AS leapc_w_4
  FROM qry_db.scores
) AS leapc_t_5
WHERE
  leapc_w_4 = 2
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.scores')
        script.sql('S030', S030, writes='qry_db.scores')
        script.sql('S040', S040, writes='qry_db.scores')
        script.sql('S050', S050, writes='qry_db.scores')
        script.sql('S060', S060, writes='qry_db.scores')
        script.sql('S070', S070, writes='qry_db.scores')
        script.sql('S080', S080, writes='qry_db.scores')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='qry_db.result_ranked')
        script.sql('S110', S110, writes='qry_db.result_ranked')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
