"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# ROW_NUMBER / RANK / DENSE_RANK with NULLs in ORDER BY (ASC and DESC) and PARTITION BY a
#    default NOT CASESPECIFIC column whose values differ in case and trailing blanks
# source: input.sql:3
S010 = """\
CREATE TABLE win_db.scores (
  s_id INT NOT NULL,
  team STRING,
  pts INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO win_db.scores
VALUES
  (1, 'Red', 10)
"""

# source: input.sql:12
S030 = """\
INSERT INTO win_db.scores
VALUES
  (2, 'RED ', NULL)
"""

# source: input.sql:13
S040 = """\
INSERT INTO win_db.scores
VALUES
  (3, 'red', 10)
"""

# source: input.sql:14
S050 = """\
INSERT INTO win_db.scores
VALUES
  (4, 'Red', 7)
"""

# source: input.sql:15
S060 = """\
INSERT INTO win_db.scores
VALUES
  (5, 'Blue', NULL)
"""

# source: input.sql:16
S070 = """\
INSERT INTO win_db.scores
VALUES
  (6, 'blue', 3)
"""

# source: input.sql:17
S080 = """\
INSERT INTO win_db.scores
VALUES
  (7, 'BLUE', NULL)
"""

# source: input.sql:19
S090 = """\
CREATE TABLE win_db.result_rank_ncs (
  s_id INT,
  rn_asc INT,
  rn_desc INT,
  rk_desc INT,
  drk_asc INT,
  team_cnt INT,
  is_top CHAR(1)
)
USING PARQUET
"""

# source: input.sql:31
S100 = """\
INSERT INTO win_db.result_rank_ncs
SELECT
  s_id,
  ROW_NUMBER() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts, s_id),
  ROW_NUMBER() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts DESC, s_id),
  RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts DESC),
  DENSE_RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts ASC),
  COUNT(*) OVER (PARTITION BY UPPER(RTRIM(team))),
  'N'
FROM win_db.scores
"""

# source: input.sql:41
S110_SET = {
    'is_top': "'Y'",
}
S110_WHERE = """\
s_id IN (
  SELECT
    s_id
  FROM (
    SELECT
      s_id,
      RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts DESC) AS leapc_w_1
    FROM win_db.scores
  ) AS leapc_t_2
  WHERE
    leapc_w_1 = 1
)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='win_db.scores')
        script.sql('S030', S030, writes='win_db.scores')
        script.sql('S040', S040, writes='win_db.scores')
        script.sql('S050', S050, writes='win_db.scores')
        script.sql('S060', S060, writes='win_db.scores')
        script.sql('S070', S070, writes='win_db.scores')
        script.sql('S080', S080, writes='win_db.scores')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='win_db.result_rank_ncs')
        script.update('S110', 'win_db.result_rank_ncs', 'result_rank_ncs', S110_SET, where=S110_WHERE)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
