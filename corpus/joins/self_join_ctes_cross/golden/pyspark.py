"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Self joins (manager lookup with missing manager, pairwise peers on a NOT CASESPECIFIC
#    column), a derived table holding two non-recursive CTEs, and a CROSS JOIN
# source: input.sql:3
S010 = """\
CREATE TABLE jn_db.employees (
  emp_id INT NOT NULL,
  mgr_id INT,
  dept STRING,
  salary INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
CREATE TABLE jn_db.quarters (
  q INT NOT NULL,
  factor DECIMAL(4, 2)
)
USING PARQUET
"""

# source: input.sql:19
S030 = """\
INSERT INTO jn_db.employees
VALUES
  (1, NULL, 'Ops', 100)
"""

# source: input.sql:20
S040 = """\
INSERT INTO jn_db.employees
VALUES
  (2, 1, 'ops ', 80)
"""

# source: input.sql:21
S050 = """\
INSERT INTO jn_db.employees
VALUES
  (3, 1, 'IT', 120)
"""

# source: input.sql:22
S060 = """\
INSERT INTO jn_db.employees
VALUES
  (4, 3, 'it', 90)
"""

# source: input.sql:23
S070 = """\
INSERT INTO jn_db.employees
VALUES
  (5, 9, 'HR', 50)
"""

# source: input.sql:24
S080 = """\
INSERT INTO jn_db.quarters
VALUES
  (1, 0.25)
"""

# source: input.sql:25
S090 = """\
INSERT INTO jn_db.quarters
VALUES
  (2, 0.50)
"""

# source: input.sql:27
S100 = """\
CREATE TABLE jn_db.result_self_cte (
  check_name STRING,
  k1 INT,
  k2 INT,
  val DECIMAL(12, 2)
)
USING PARQUET
"""

# source: input.sql:36
S110 = """\
INSERT INTO jn_db.result_self_cte
SELECT
  'mgr',
  e.emp_id,
  m.emp_id,
  m.salary
FROM jn_db.employees AS e
LEFT JOIN jn_db.employees AS m
  ON m.emp_id = e.mgr_id
"""

# source: input.sql:42
S120 = """\
INSERT INTO jn_db.result_self_cte
SELECT
  'earns_more',
  e.emp_id,
  m.emp_id,
  e.salary - m.salary
FROM jn_db.employees AS e
JOIN jn_db.employees AS m
  ON m.emp_id = e.mgr_id AND e.salary > m.salary
"""

# source: input.sql:48
S130 = """\
INSERT INTO jn_db.result_self_cte
SELECT
  'dept_peers',
  e1.emp_id,
  e2.emp_id,
  NULL
FROM jn_db.employees AS e1, jn_db.employees AS e2
WHERE
  UPPER(RTRIM(e1.dept)) = UPPER(RTRIM(e2.dept)) AND e1.emp_id < e2.emp_id
"""

# source: input.sql:53
S140 = """\
WITH dept_tot(dept_key, dept_size, tot) AS (
  SELECT
    MIN(emp_id),
    COUNT(*),
    SUM(salary)
  FROM jn_db.employees
  GROUP BY
    UPPER(RTRIM(dept))
), big AS (
  SELECT
    dept_key,
    dept_size,
    tot
  FROM dept_tot
  WHERE
    dept_size > 1
)
INSERT INTO jn_db.result_self_cte
SELECT
  'dept_quarter',
  x.dept_size,
  x.q,
  x.budget
FROM (
  SELECT
    b.dept_size,
    qt.q,
    b.tot * qt.factor AS budget
  FROM big AS b
  CROSS JOIN jn_db.quarters AS qt
) AS x
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='jn_db.employees')
        script.sql('S040', S040, writes='jn_db.employees')
        script.sql('S050', S050, writes='jn_db.employees')
        script.sql('S060', S060, writes='jn_db.employees')
        script.sql('S070', S070, writes='jn_db.employees')
        script.sql('S080', S080, writes='jn_db.quarters')
        script.sql('S090', S090, writes='jn_db.quarters')
        script.sql('S100', S100)
        script.sql('S110', S110, writes='jn_db.result_self_cte')
        script.sql('S120', S120, writes='jn_db.result_self_cte')
        script.sql('S130', S130, writes='jn_db.result_self_cte')
        script.sql('S140', S140, writes='jn_db.result_self_cte')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
