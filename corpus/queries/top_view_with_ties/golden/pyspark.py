"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# TOP n with ORDER BY inside view definitions: the view returns exactly the top rows, NULLs sort
#    first ascending, WITH TIES extends past n
# source: input.sql:3
S010 = """\
CREATE TABLE qry_db.runners (
  runner STRING,
  secs INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO qry_db.runners
VALUES
  ('R1', 300)
"""

# source: input.sql:11
S030 = """\
INSERT INTO qry_db.runners
VALUES
  ('R2', 280)
"""

# source: input.sql:12
S040 = """\
INSERT INTO qry_db.runners
VALUES
  ('R3', NULL)
"""

# source: input.sql:13
S050 = """\
INSERT INTO qry_db.runners
VALUES
  ('R4', 310)
"""

# source: input.sql:14
S060 = """\
INSERT INTO qry_db.runners
VALUES
  ('R5', 310)
"""

# source: input.sql:15
S070 = """\
INSERT INTO qry_db.runners
VALUES
  ('R6', 250)
"""

# source: input.sql:17
S080 = """\
CREATE OR REPLACE VIEW qry_db.v_fastest AS
SELECT
  runner,
  secs
FROM qry_db.runners
ORDER BY
  secs ASC
LIMIT 3
"""

# source: input.sql:22
S090 = """\
CREATE OR REPLACE VIEW qry_db.v_slowest AS
SELECT
  runner,
  secs
FROM (
  SELECT
    runner,
    secs,
    RANK() OVER (ORDER BY secs DESC) AS leapc_w_1
  FROM qry_db.runners
) AS leapc_t_2
WHERE
  leapc_w_1 <= 1
ORDER BY
  secs DESC
"""

# source: input.sql:27
S100 = """\
CREATE TABLE qry_db.result_view_top (
  kind STRING,
  runner STRING,
  secs INT
)
USING PARQUET
"""

# source: input.sql:35
S110 = """\
INSERT INTO qry_db.result_view_top
SELECT
  'fastest',
  runner,
  secs
FROM qry_db.v_fastest
"""

# source: input.sql:36
S120 = """\
INSERT INTO qry_db.result_view_top
SELECT
  'slowest',
  runner,
  secs
FROM qry_db.v_slowest
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.runners')
        script.sql('S030', S030, writes='qry_db.runners')
        script.sql('S040', S040, writes='qry_db.runners')
        script.sql('S050', S050, writes='qry_db.runners')
        script.sql('S060', S060, writes='qry_db.runners')
        script.sql('S070', S070, writes='qry_db.runners')
        script.sql('S080', S080)
        script.sql('S090', S090)
        script.sql('S100', S100)
        script.sql('S110', S110, writes='qry_db.result_view_top')
        script.sql('S120', S120, writes='qry_db.result_view_top')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
