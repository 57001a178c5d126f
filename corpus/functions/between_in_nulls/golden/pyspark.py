"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# BETWEEN with reversed bounds is empty (not symmetric); NOT BETWEEN; IN / NOT IN lists containing
#    NULL, evaluated as three-valued predicates
# source: input.sql:3
S010 = """\
CREATE TABLE fn_db.vals (
  id INT NOT NULL,
  x INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO fn_db.vals
VALUES
  (1, 1)
"""

# source: input.sql:11
S030 = """\
INSERT INTO fn_db.vals
VALUES
  (2, 5)
"""

# source: input.sql:12
S040 = """\
INSERT INTO fn_db.vals
VALUES
  (3, 10)
"""

# source: input.sql:13
S050 = """\
INSERT INTO fn_db.vals
VALUES
  (4, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE fn_db.result_preds (
  id INT,
  betw CHAR(1),
  betw_rev CHAR(1),
  not_betw CHAR(1),
  in_null CHAR(1),
  nin_null CHAR(1),
  nin_plain CHAR(1)
)
USING PARQUET
"""

# source: input.sql:27
S070 = """\
INSERT INTO fn_db.result_preds
SELECT
  id,
  CASE
    WHEN x BETWEEN 1 AND 5
    THEN 'T'
    WHEN NOT (
      x BETWEEN 1 AND 5
    )
    THEN 'F'
    ELSE 'U'
  END,
  CASE
    WHEN x BETWEEN 5 AND 1
    THEN 'T'
    WHEN NOT (
      x BETWEEN 5 AND 1
    )
    THEN 'F'
    ELSE 'U'
  END,
  CASE
    WHEN NOT x BETWEEN 2 AND 9
    THEN 'T'
    WHEN NOT (
      NOT x BETWEEN 2 AND 9
    )
    THEN 'F'
    ELSE 'U'
  END,
  CASE WHEN x IN (1, NULL) THEN 'T' WHEN NOT (
    x IN (1, NULL)
  ) THEN 'F' ELSE 'U' END,
  CASE
    WHEN NOT x IN (1, NULL)
    THEN 'T'
    WHEN NOT (
      NOT x IN (1, NULL)
    )
    THEN 'F'
    ELSE 'U'
  END,
  CASE
    WHEN NOT x IN (1, 10)
    THEN 'T'
    WHEN NOT (
      NOT x IN (1, 10)
    )
    THEN 'F'
    ELSE 'U'
  END
FROM fn_db.vals
"""

# source: input.sql:37
S080 = """\
INSERT INTO fn_db.result_preds
SELECT
  100 + COUNT(*),
  NULL,
  NULL,
  NULL,
  NULL,
  NULL,
  NULL
FROM fn_db.vals
WHERE
  x BETWEEN 10 AND 1 OR NOT x IN (5, NULL)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fn_db.vals')
        script.sql('S030', S030, writes='fn_db.vals')
        script.sql('S040', S040, writes='fn_db.vals')
        script.sql('S050', S050, writes='fn_db.vals')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='fn_db.result_preds')
        script.sql('S080', S080, writes='fn_db.result_preds')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
