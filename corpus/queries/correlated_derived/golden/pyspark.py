"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Correlated subqueries in WHERE and in the select list, and a join to a derived table
# source: input.sql:2
S010 = """\
CREATE TABLE qry_db.emp (
  emp_id INT NOT NULL,
  dept CHAR(3),
  salary INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO qry_db.emp
VALUES
  (1, 'ENG', 100)
"""

# source: input.sql:11
S030 = """\
INSERT INTO qry_db.emp
VALUES
  (2, 'ENG', 200)
"""

# source: input.sql:12
S040 = """\
INSERT INTO qry_db.emp
VALUES
  (3, 'ENG', 150)
"""

# source: input.sql:13
S050 = """\
INSERT INTO qry_db.emp
VALUES
  (4, 'OPS', 80)
"""

# source: input.sql:14
S060 = """\
INSERT INTO qry_db.emp
VALUES
  (5, 'OPS', 80)
"""

# source: input.sql:15
S070 = """\
INSERT INTO qry_db.emp
VALUES
  (6, 'HR', NULL)
"""

# source: input.sql:17
S080 = """\
CREATE TABLE qry_db.result_correlated (
  emp_id INT,
  dept_max INT,
  dept_cnt INT,
  above_avg CHAR(1)
)
USING PARQUET
"""

# source: input.sql:26
S090 = """\
INSERT INTO qry_db.result_correlated
SELECT
  e.emp_id,
  (
    SELECT
      MAX(e2.salary)
    FROM qry_db.emp AS e2
    WHERE
      UPPER(RTRIM(e2.dept)) = UPPER(RTRIM(e.dept))
  ),
  d.cnt,
  CASE
    WHEN e.salary > (
      SELECT
        AVG(e3.salary)
      FROM qry_db.emp AS e3
      WHERE
        UPPER(RTRIM(e3.dept)) = UPPER(RTRIM(e.dept))
    )
    THEN 'Y'
    ELSE 'N'
  END
FROM qry_db.emp AS e
JOIN (
  SELECT
    MIN(dept) AS dept,
    COUNT(*) AS cnt
  FROM qry_db.emp
  GROUP BY
    UPPER(RTRIM(dept))
) AS d
  ON UPPER(RTRIM(d.dept)) = UPPER(RTRIM(e.dept))
WHERE
  e.salary >= (
    SELECT
      MIN(e4.salary)
    FROM qry_db.emp AS e4
    WHERE
      UPPER(RTRIM(e4.dept)) = UPPER(RTRIM(e.dept))
  )
  OR e.salary IS NULL
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.emp')
        script.sql('S030', S030, writes='qry_db.emp')
        script.sql('S040', S040, writes='qry_db.emp')
        script.sql('S050', S050, writes='qry_db.emp')
        script.sql('S060', S060, writes='qry_db.emp')
        script.sql('S070', S070, writes='qry_db.emp')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='qry_db.result_correlated')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
