"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# COUNT(*) vs COUNT(col) vs COUNT(DISTINCT col) with NULLs, an all-NULL group, and values that
#    differ only by trailing blanks (equal in Teradata)
# source: input.sql:3
S010 = """\
CREATE TABLE agg_db.visits (
  id INT NOT NULL,
  grp STRING,
  page STRING,
  usr INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO agg_db.visits
VALUES
  (1, 'A', 'HOME', 1)
"""

# source: input.sql:13
S030 = """\
INSERT INTO agg_db.visits
VALUES
  (2, 'A', 'HOME  ', 1)
"""

# source: input.sql:14
S040 = """\
INSERT INTO agg_db.visits
VALUES
  (3, 'A', NULL, 2)
"""

# source: input.sql:15
S050 = """\
INSERT INTO agg_db.visits
VALUES
  (4, 'A', 'CART', NULL)
"""

# source: input.sql:16
S060 = """\
INSERT INTO agg_db.visits
VALUES
  (5, 'B', NULL, NULL)
"""

# source: input.sql:17
S070 = """\
INSERT INTO agg_db.visits
VALUES
  (6, 'B', NULL, NULL)
"""

# source: input.sql:18
S080 = """\
INSERT INTO agg_db.visits
VALUES
  (7, 'C', 'HOME', 3)
"""

# source: input.sql:20
S090 = """\
CREATE TABLE agg_db.result_counts (
  grp STRING,
  n_rows INT,
  n_page INT,
  n_dpage INT,
  n_dusr INT
)
USING PARQUET
"""

# source: input.sql:30
S100 = """\
INSERT INTO agg_db.result_counts
SELECT
  MIN(grp) AS grp,
  COUNT(*),
  COUNT(page),
  COUNT(DISTINCT UPPER(RTRIM(page))),
  COUNT(DISTINCT usr)
FROM agg_db.visits
GROUP BY
  UPPER(RTRIM(grp))
"""

# source: input.sql:35
S110 = """\
INSERT INTO agg_db.result_counts
SELECT
  'ALL',
  COUNT(*),
  COUNT(page),
  COUNT(DISTINCT UPPER(RTRIM(page))),
  COUNT(DISTINCT usr)
FROM agg_db.visits
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='agg_db.visits')
        script.sql('S030', S030, writes='agg_db.visits')
        script.sql('S040', S040, writes='agg_db.visits')
        script.sql('S050', S050, writes='agg_db.visits')
        script.sql('S060', S060, writes='agg_db.visits')
        script.sql('S070', S070, writes='agg_db.visits')
        script.sql('S080', S080, writes='agg_db.visits')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='agg_db.result_counts')
        script.sql('S110', S110, writes='agg_db.result_counts')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
