"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INTEGER / INTEGER truncates toward zero (also for negatives), in the select list and in WHERE
# source: input.sql:2
S010 = """\
CREATE TABLE num_db.pairs (
  id INT NOT NULL,
  a INT,
  b INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO num_db.pairs
VALUES
  (1, 7, 2)
"""

# source: input.sql:11
S030 = """\
INSERT INTO num_db.pairs
VALUES
  (2, -7, 2)
"""

# source: input.sql:12
S040 = """\
INSERT INTO num_db.pairs
VALUES
  (3, 7, -2)
"""

# source: input.sql:13
S050 = """\
INSERT INTO num_db.pairs
VALUES
  (4, -7, -2)
"""

# source: input.sql:14
S060 = """\
INSERT INTO num_db.pairs
VALUES
  (5, 5, 2)
"""

# source: input.sql:15
S070 = """\
INSERT INTO num_db.pairs
VALUES
  (6, 1, 3)
"""

# source: input.sql:16
S080 = """\
INSERT INTO num_db.pairs
VALUES
  (7, NULL, 3)
"""

# source: input.sql:18
S090 = """\
CREATE TABLE num_db.result_int_div (
  src STRING,
  id INT,
  q INT,
  q_scaled DECIMAL(10, 2),
  q_half INT
)
USING PARQUET
"""

# source: input.sql:28
S100 = """\
INSERT INTO num_db.result_int_div
SELECT
  'ALL',
  id,
  CAST(a DIV b AS INT),
  (
    CAST(a DIV b AS INT)
  ) * 1.5,
  CAST(a DIV 2 AS INT)
FROM num_db.pairs
"""

# source: input.sql:32
S110 = """\
INSERT INTO num_db.result_int_div
SELECT
  'WHERE',
  id,
  NULL,
  NULL,
  NULL
FROM num_db.pairs
WHERE
  CAST(a DIV b AS INT) = 2 OR CAST(a DIV b AS INT) = -3
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='num_db.pairs')
        script.sql('S030', S030, writes='num_db.pairs')
        script.sql('S040', S040, writes='num_db.pairs')
        script.sql('S050', S050, writes='num_db.pairs')
        script.sql('S060', S060, writes='num_db.pairs')
        script.sql('S070', S070, writes='num_db.pairs')
        script.sql('S080', S080, writes='num_db.pairs')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='num_db.result_int_div')
        script.sql('S110', S110, writes='num_db.result_int_div')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
