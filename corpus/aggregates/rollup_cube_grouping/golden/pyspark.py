"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# ROLLUP, CUBE and GROUPING SETS with GROUPING() telling real NULL keys from subtotal rows
# source: input.sql:2
S010 = """\
CREATE TABLE agg_db.sales (
  id INT NOT NULL,
  region STRING,
  prod STRING,
  qty INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO agg_db.sales
VALUES
  (1, 'EAST', 'PEN', 10)
"""

# source: input.sql:12
S030 = """\
INSERT INTO agg_db.sales
VALUES
  (2, 'EAST', 'INK', 5)
"""

# source: input.sql:13
S040 = """\
INSERT INTO agg_db.sales
VALUES
  (3, 'WEST', 'PEN', 7)
"""

# source: input.sql:14
S050 = """\
INSERT INTO agg_db.sales
VALUES
  (4, NULL, 'PEN', 1)
"""

# source: input.sql:15
S060 = """\
INSERT INTO agg_db.sales
VALUES
  (5, 'WEST', NULL, 2)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE agg_db.result_grouping (
  kind STRING,
  region STRING,
  prod STRING,
  g_region INT,
  g_prod INT,
  total INT,
  n INT
)
USING PARQUET
"""

# source: input.sql:29
S080 = """\
INSERT INTO agg_db.result_grouping
SELECT
  'ROLLUP',
  region,
  prod,
  GROUPING(region),
  GROUPING(prod),
  SUM(qty),
  COUNT(*)
FROM agg_db.sales
GROUP BY
  ROLLUP (
    region,
    prod
  )
"""

# source: input.sql:34
S090 = """\
INSERT INTO agg_db.result_grouping
SELECT
  'CUBE',
  region,
  NULL,
  GROUPING(region),
  1,
  SUM(qty),
  COUNT(*)
FROM agg_db.sales
GROUP BY
  CUBE (
    region
  )
"""

# source: input.sql:39
S100 = """\
INSERT INTO agg_db.result_grouping
SELECT
  'SETS',
  region,
  prod,
  GROUPING(region),
  GROUPING(prod),
  SUM(qty),
  COUNT(*)
FROM agg_db.sales
GROUP BY
  GROUPING SETS (
    (
      region
    ),
    (
      prod
    ),
    ()
  )
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='agg_db.sales')
        script.sql('S030', S030, writes='agg_db.sales')
        script.sql('S040', S040, writes='agg_db.sales')
        script.sql('S050', S050, writes='agg_db.sales')
        script.sql('S060', S060, writes='agg_db.sales')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='agg_db.result_grouping')
        script.sql('S090', S090, writes='agg_db.result_grouping')
        script.sql('S100', S100, writes='agg_db.result_grouping')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
