"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# A volatile table created without ON COMMIT PRESERVE ROWS keeps ON COMMIT DELETE ROWS:
#    in a Teradata-mode session every request is its own transaction, so the rows vanish when the
#    request that inserted them commits; inside BT ... ET they live until ET.
# source: input.sql:4

# source: input.sql:6

# source: input.sql:8
S030 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'one')
) AS leapc_values
"""

# ON COMMIT DELETE ROWS: vt_work empties when the request above commits
# source: input.sql:8

# source: input.sql:9
S050 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'one')
) AS leapc_values
"""

# source: input.sql:11
S060 = """\
CREATE TABLE tbl_db.result_counts (
  step STRING,
  row_cnt INT
)
USING PARQUET
"""

# source: input.sql:18
S070 = """\
INSERT INTO tbl_db.result_counts
SELECT
  'work_after_insert',
  COUNT(*)
FROM vt_work
"""

# source: input.sql:19
S080 = """\
INSERT INTO tbl_db.result_counts
SELECT
  'kept_after_insert',
  COUNT(*)
FROM vt_kept
"""

# source: input.sql:21

# source: input.sql:22
S100 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'two')
) AS leapc_values
"""

# source: input.sql:23
S110 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'three')
) AS leapc_values
"""

# source: input.sql:24
S120 = """\
INSERT INTO tbl_db.result_counts
SELECT
  'work_inside_bt',
  COUNT(*)
FROM vt_work
"""

# source: input.sql:25

# ON COMMIT DELETE ROWS: vt_work empties at this commit
# source: input.sql:25

# source: input.sql:27
S150 = """\
INSERT INTO tbl_db.result_counts
SELECT
  'work_after_et',
  COUNT(*)
FROM vt_work
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.create_volatile_like('S010', 'vt_work', '`k` INT, `v` STRING')
        script.create_volatile_like('S020', 'vt_kept', '`k` INT, `v` STRING')
        script.insert('S030', 'vt_work', S030)
        script.delete('S040', 'vt_work', 'vt_work')
        script.insert('S050', 'vt_kept', S050)
        script.sql('S060', S060)
        script.sql('S070', S070, writes='tbl_db.result_counts')
        script.sql('S080', S080, writes='tbl_db.result_counts')
        script.begin_transaction('S090')
        script.insert('S100', 'vt_work', S100)
        script.insert('S110', 'vt_work', S110)
        script.sql('S120', S120, writes='tbl_db.result_counts')
        script.commit('S130')
        script.delete('S140', 'vt_work', 'vt_work')
        script.sql('S150', S150, writes='tbl_db.result_counts')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
