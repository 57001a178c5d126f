"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Global temporary and volatile tables and ON COMMIT: PRESERVE ROWS keeps rows across
#    transactions; the default, DELETE ROWS, empties the table when each transaction ends, which
#    in a Teradata-mode session is the end of every request outside BT/ET
# source: input.sql:4

# source: input.sql:12

# source: input.sql:19

# source: input.sql:25
S040 = """\
CREATE TABLE ddl_db.result_gtt (
  step INT,
  tbl STRING,
  n INT,
  s INT
)
USING PARQUET
"""

# source: input.sql:34
S050 = """\
SELECT
  *
FROM (
  VALUES
    (1, 10)
) AS leapc_values
"""

# source: input.sql:35
S060 = """\
SELECT
  *
FROM (
  VALUES
    (2, 20)
) AS leapc_values
"""

# source: input.sql:36
S070 = """\
SELECT
  *
FROM (
  VALUES
    (1, 100)
) AS leapc_values
"""

# ON COMMIT DELETE ROWS: gt_tx empties when the request above commits
# source: input.sql:36

# source: input.sql:37
S090 = """\
SELECT
  *
FROM (
  VALUES
    (1)
) AS leapc_values
"""

# ON COMMIT DELETE ROWS: vt_tx empties when the request above commits
# source: input.sql:37

# source: input.sql:39
S110 = """\
INSERT INTO ddl_db.result_gtt
SELECT
  1,
  'keep',
  COUNT(*),
  SUM(v)
FROM gt_keep
"""

# source: input.sql:40
S120 = """\
INSERT INTO ddl_db.result_gtt
SELECT
  2,
  'tx',
  COUNT(*),
  SUM(v)
FROM gt_tx
"""

# source: input.sql:41
S130 = """\
INSERT INTO ddl_db.result_gtt
SELECT
  3,
  'vt',
  COUNT(*),
  SUM(k)
FROM vt_tx
"""

# source: input.sql:43

# source: input.sql:44
S150 = """\
SELECT
  *
FROM (
  VALUES
    (5, 500)
) AS leapc_values
"""

# source: input.sql:45
S160 = """\
SELECT
  *
FROM (
  VALUES
    (6, 600)
) AS leapc_values
"""

# source: input.sql:46
S170 = """\
SELECT
  *
FROM (
  VALUES
    (7)
) AS leapc_values
"""

# source: input.sql:47
S180 = """\
INSERT INTO ddl_db.result_gtt
SELECT
  4,
  'tx in bt',
  COUNT(*),
  SUM(v)
FROM gt_tx
"""

# source: input.sql:48
S190 = """\
INSERT INTO ddl_db.result_gtt
SELECT
  5,
  'vt in bt',
  COUNT(*),
  SUM(k)
FROM vt_tx
"""

# source: input.sql:49

# ON COMMIT DELETE ROWS: gt_tx empties at this commit
# source: input.sql:49

# ON COMMIT DELETE ROWS: vt_tx empties at this commit
# source: input.sql:49

# source: input.sql:51
S230 = """\
INSERT INTO ddl_db.result_gtt
SELECT
  6,
  'tx after',
  COUNT(*),
  SUM(v)
FROM gt_tx
"""

# source: input.sql:52
S240 = """\
INSERT INTO ddl_db.result_gtt
SELECT
  7,
  'keep end',
  COUNT(*),
  SUM(v)
FROM gt_keep
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.create_volatile_like('S010', 'gt_keep', '`k` INT, `v` INT')
        script.create_volatile_like('S020', 'gt_tx', '`k` INT, `v` INT')
        script.create_volatile_like('S030', 'vt_tx', '`k` INT')
        script.sql('S040', S040)
        script.insert('S050', 'gt_keep', S050)
        script.insert('S060', 'gt_keep', S060)
        script.insert('S070', 'gt_tx', S070)
        script.delete('S080', 'gt_tx', 'gt_tx')
        script.insert('S090', 'vt_tx', S090)
        script.delete('S100', 'vt_tx', 'vt_tx')
        script.sql('S110', S110, writes='ddl_db.result_gtt')
        script.sql('S120', S120, writes='ddl_db.result_gtt')
        script.sql('S130', S130, writes='ddl_db.result_gtt')
        script.begin_transaction('S140')
        script.insert('S150', 'gt_tx', S150)
        script.insert('S160', 'gt_tx', S160)
        script.insert('S170', 'vt_tx', S170)
        script.sql('S180', S180, writes='ddl_db.result_gtt')
        script.sql('S190', S190, writes='ddl_db.result_gtt')
        script.commit('S200')
        script.delete('S210', 'gt_tx', 'gt_tx')
        script.delete('S220', 'vt_tx', 'vt_tx')
        script.sql('S230', S230, writes='ddl_db.result_gtt')
        script.sql('S240', S240, writes='ddl_db.result_gtt')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
