"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# UPDATE of several columns whose right-hand sides read each other: every SET expression sees
#    the row as it was before the statement (a swap works, c = a + b uses the old a and b).
#    UPD abbreviation, and a second UPD whose WHERE reads a column the SET changes.
# source: input.sql:4
S010 = """\
CREATE TABLE dml2_db.pairs (
  id INT NOT NULL,
  a INT,
  b INT,
  c INT,
  lbl STRING
)
USING PARQUET
"""

# source: input.sql:14
S020 = """\
INSERT INTO dml2_db.pairs
VALUES
  (1, 1, 2, 0, 'x')
"""

# source: input.sql:15
S030 = """\
INSERT INTO dml2_db.pairs
VALUES
  (2, 5, NULL, 0, 'y')
"""

# source: input.sql:16
S040 = """\
INSERT INTO dml2_db.pairs
VALUES
  (3, 7, 3, 0, NULL)
"""

# source: input.sql:18
S050_SET = {
    'a': "b",
    'b': "a",
    'c': "a * 10 + b",
    'lbl': "SUBSTRING(CASE WHEN a > b THEN lbl || '>' ELSE lbl || '<=' END, 1, 12)",
}

# source: input.sql:24
S060_SET = {
    'b': "b + 100",
    'a': "a - 1",
}
S060_WHERE = "b < 6"

# source: input.sql:28
S070 = """\
CREATE TABLE dml2_db.result_upd_old (
  id INT,
  a INT,
  b INT,
  c INT,
  lbl STRING
)
USING PARQUET
"""

# source: input.sql:38
S080 = """\
INSERT INTO dml2_db.result_upd_old
SELECT
  id,
  a,
  b,
  c,
  lbl
FROM dml2_db.pairs
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dml2_db.pairs')
        script.sql('S030', S030, writes='dml2_db.pairs')
        script.sql('S040', S040, writes='dml2_db.pairs')
        script.update('S050', 'dml2_db.pairs', 'pairs', S050_SET)
        script.update('S060', 'dml2_db.pairs', 'pairs', S060_SET, where=S060_WHERE)
        script.sql('S070', S070)
        script.sql('S080', S080, writes='dml2_db.result_upd_old')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
