"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Integer division inside and around aggregates; AVG of an INTEGER column
# source: input.sql:2
S010 = """\
CREATE TABLE num_db.emp_hours (
  dept STRING,
  emp_id INT NOT NULL,
  hours INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO num_db.emp_hours
VALUES
  ('A', 1, 10)
"""

# source: input.sql:11
S030 = """\
INSERT INTO num_db.emp_hours
VALUES
  ('A', 2, 15)
"""

# source: input.sql:12
S040 = """\
INSERT INTO num_db.emp_hours
VALUES
  ('A', 3, 4)
"""

# source: input.sql:13
S050 = """\
INSERT INTO num_db.emp_hours
VALUES
  ('B', 4, -9)
"""

# source: input.sql:14
S060 = """\
INSERT INTO num_db.emp_hours
VALUES
  ('B', 5, 4)
"""

# source: input.sql:15
S070 = """\
INSERT INTO num_db.emp_hours
VALUES
  ('C', 6, NULL)
"""

# source: input.sql:17
S080 = """\
CREATE TABLE num_db.result_dept_hours (
  dept STRING,
  total INT,
  per_emp INT,
  sum_qtr INT,
  avg_hours DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:27
S090 = """\
INSERT INTO num_db.result_dept_hours
SELECT
  MIN(dept) AS dept,
  SUM(hours),
  CAST(SUM(hours) DIV COUNT(*) AS INT),
  SUM(CAST(hours DIV 4 AS INT)),
  AVG(hours)
FROM num_db.emp_hours
GROUP BY
  UPPER(RTRIM(dept))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='num_db.emp_hours')
        script.sql('S030', S030, writes='num_db.emp_hours')
        script.sql('S040', S040, writes='num_db.emp_hours')
        script.sql('S050', S050, writes='num_db.emp_hours')
        script.sql('S060', S060, writes='num_db.emp_hours')
        script.sql('S070', S070, writes='num_db.emp_hours')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='num_db.result_dept_hours')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
