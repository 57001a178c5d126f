"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INITCAP treats every non-alphanumeric character as a word break; UPPER/LOWER
# source: input.sql:2
S010 = """\
CREATE TABLE fn_db.people (
  id INT NOT NULL,
  nm STRING
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO fn_db.people
VALUES
  (1, 'hello WORLD')
"""

# source: input.sql:10
S030 = "INSERT INTO fn_db.people\nVALUES\n  (2, 'mary-ann o\\'neil')"

# source: input.sql:11
S040 = """\
INSERT INTO fn_db.people
VALUES
  (3, 'abc1def x_y')
"""

# source: input.sql:12
S050 = """\
INSERT INTO fn_db.people
VALUES
  (4, 'st.louis,MO')
"""

# source: input.sql:13
S060 = """\
INSERT INTO fn_db.people
VALUES
  (5, NULL)
"""

# source: input.sql:15
S070 = """\
CREATE TABLE fn_db.result_case_fns (
  id INT,
  ic STRING,
  up STRING,
  lo STRING
)
USING PARQUET
"""

# source: input.sql:24
S080 = """\
INSERT INTO fn_db.result_case_fns
SELECT
  id,
  INITCAP(nm),
  UPPER(nm),
  LOWER(nm)
FROM fn_db.people
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fn_db.people')
        script.sql('S030', S030, writes='fn_db.people')
        script.sql('S040', S040, writes='fn_db.people')
        script.sql('S050', S050, writes='fn_db.people')
        script.sql('S060', S060, writes='fn_db.people')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='fn_db.result_case_fns')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
