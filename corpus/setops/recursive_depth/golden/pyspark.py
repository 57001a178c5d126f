"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CREATE RECURSIVE VIEW over an employee hierarchy: depth from the root and the root's id
# source: input.sql:2
S010 = """\
CREATE TABLE set_db.staff (
  emp_id INT NOT NULL,
  mgr_id INT,
  name STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO set_db.staff
VALUES
  (1, NULL, 'ceo')
"""

# source: input.sql:11
S030 = """\
INSERT INTO set_db.staff
VALUES
  (2, 1, 'cto')
"""

# source: input.sql:12
S040 = """\
INSERT INTO set_db.staff
VALUES
  (3, 1, 'cfo')
"""

# source: input.sql:13
S050 = """\
INSERT INTO set_db.staff
VALUES
  (4, 2, 'dev1')
"""

# source: input.sql:14
S060 = """\
INSERT INTO set_db.staff
VALUES
  (5, 4, 'intern')
"""

# source: input.sql:15
S070 = """\
INSERT INTO set_db.staff
VALUES
  (6, 99, 'orphan')
"""

# source: input.sql:17
S080_ANCHOR = """\
SELECT
  emp_id,
  emp_id,
  0,
  LENGTH(name)
FROM set_db.staff
WHERE
  mgr_id IS NULL
"""
S080_STEP = """\
SELECT
  s.emp_id,
  c.root_id,
  c.depth + 1,
  c.path_len + LENGTH(s.name)
FROM set_db.staff AS s, v_chain_rec AS c
WHERE
  s.mgr_id = c.emp_id AND c.depth < 10
"""
S080 = """\
SELECT
  *
FROM (
  SELECT
    *
  FROM v_chain_rec
) AS leapc_view(emp_id, root_id, depth, path_len)
"""

# source: input.sql:28
S090 = """\
CREATE TABLE set_db.result_hierarchy (
  emp_id INT,
  root_id INT,
  depth INT,
  path_len INT
)
USING PARQUET
"""

# source: input.sql:37
S100 = """\
INSERT INTO set_db.result_hierarchy
SELECT
  emp_id,
  root_id,
  depth,
  path_len
FROM set_db.v_chain
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='set_db.staff')
        script.sql('S030', S030, writes='set_db.staff')
        script.sql('S040', S040, writes='set_db.staff')
        script.sql('S050', S050, writes='set_db.staff')
        script.sql('S060', S060, writes='set_db.staff')
        script.sql('S070', S070, writes='set_db.staff')
        script.recursive('S080', 'v_chain_rec', ['emp_id', 'root_id', 'depth', 'path_len'], S080_ANCHOR, S080_STEP, S080, materialize_as='set_db.v_chain')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='set_db.result_hierarchy')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
