"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INSERT ... VALUES with expressions (integer division stored in a DECIMAL column, CASE, ||
#    with NULL, DATE + n, decimal literal rounded to the column scale, over-long string truncated
#    in a Teradata-mode session) and INSERT ... SELECT ... UNION ALL into a column list
# source: input.sql:4
S010 = """\
CREATE TABLE dml2_db.facts (
  id INT NOT NULL,
  q DECIMAL(9, 2),
  txt STRING,
  dt DATE,
  src CHAR(3)
)
USING PARQUET
"""

# source: input.sql:14
S020 = """\
CREATE TABLE dml2_db.feed_a (
  k INT,
  v INT
)
USING PARQUET
"""

# source: input.sql:21
S030 = """\
INSERT INTO dml2_db.feed_a
VALUES
  (1, 10)
"""

# source: input.sql:22
S040 = """\
INSERT INTO dml2_db.feed_a
VALUES
  (2, 15)
"""

# source: input.sql:23
S050 = """\
INSERT INTO dml2_db.feed_a
VALUES
  (2, 15)
"""

# source: input.sql:25
S060 = """\
INSERT INTO dml2_db.facts
VALUES
  (1, CAST(7 DIV 2 AS INT), 'ab' || 'cd', CAST('2024-02-28' AS DATE) + 2, 'val')
"""

# source: input.sql:26
S070 = """\
INSERT INTO dml2_db.facts
VALUES
  (2, BROUND(2.675, 2), CASE WHEN 1 > 2 THEN 'no' ELSE 'yes' END, NULL, 'val')
"""

# source: input.sql:27
S080 = """\
INSERT INTO dml2_db.facts
VALUES
  (
    3,
    CAST(-7 DIV 2 AS INT) * 1.00,
    'x' || NULL,
    CAST('2024-12-31' AS DATE) - 366,
    'val'
  )
"""

# source: input.sql:28
S090 = """\
INSERT INTO dml2_db.facts
VALUES
  (4, BROUND(1.005, 2), 'abcde', CAST('2023-03-01' AS DATE) - 1, 'val')
"""

# source: input.sql:30
S100 = """\
INSERT INTO dml2_db.facts (
  id,
  q,
  src
)
SELECT
  CASE
    WHEN k + 100 IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column id')
    ELSE k + 100
  END,
  CAST(v DIV 4 AS INT),
  'uA'
FROM dml2_db.feed_a
UNION ALL
SELECT
  CASE
    WHEN k + 200 IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column id')
    ELSE k + 200
  END,
  CAST(v * 1.5 AS INT),
  SUBSTRING('uBB', 1, 2)
FROM dml2_db.feed_a
WHERE
  k = 2
"""

# source: input.sql:35
S110 = """\
CREATE TABLE dml2_db.result_ins_expr (
  id INT,
  q DECIMAL(9, 2),
  txt STRING,
  dt DATE,
  src CHAR(3)
)
USING PARQUET
"""

# source: input.sql:45
S120 = """\
INSERT INTO dml2_db.result_ins_expr
SELECT
  id,
  q,
  txt,
  dt,
  src
FROM dml2_db.facts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml2_db.feed_a')
        script.sql('S040', S040, writes='dml2_db.feed_a')
        script.sql('S050', S050, writes='dml2_db.feed_a')
        script.sql('S060', S060, writes='dml2_db.facts')
        script.sql('S070', S070, writes='dml2_db.facts')
        script.sql('S080', S080, writes='dml2_db.facts')
        script.sql('S090', S090, writes='dml2_db.facts')
        script.sql('S100', S100, writes='dml2_db.facts')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='dml2_db.result_ins_expr')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
