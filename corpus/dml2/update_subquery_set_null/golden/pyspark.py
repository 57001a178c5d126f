"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# UPDATE with a correlated scalar subquery in SET (no matching row gives NULL, overwriting the
#    old value), UPDATE that sets a column to NULL, UPDATE ... WHERE key IN (subquery with a NULL)
# source: input.sql:3
S010 = """\
CREATE TABLE dml2_db.emp (
  emp_id INT NOT NULL,
  dept_id INT,
  salary DECIMAL(9, 2),
  max_dept DECIMAL(9, 2),
  bonus DECIMAL(9, 2),
  flag CHAR(1)
)
USING PARQUET
"""

# source: input.sql:14
S020 = """\
CREATE TABLE dml2_db.raises (
  dept_id INT,
  pct INT
)
USING PARQUET
"""

# source: input.sql:21
S030 = """\
INSERT INTO dml2_db.emp
VALUES
  (1, 10, 1000.00, 1.00, 50.00, 'N')
"""

# source: input.sql:22
S040 = """\
INSERT INTO dml2_db.emp
VALUES
  (2, 10, 3000.00, 1.00, 60.00, 'N')
"""

# source: input.sql:23
S050 = """\
INSERT INTO dml2_db.emp
VALUES
  (3, 20, 2000.00, 1.00, NULL, 'N')
"""

# source: input.sql:24
S060 = """\
INSERT INTO dml2_db.emp
VALUES
  (4, NULL, 500.00, 1.00, 70.00, 'N')
"""

# source: input.sql:25
S070 = """\
INSERT INTO dml2_db.emp
VALUES
  (5, 30, 100.00, 1.00, 80.00, 'N')
"""

# source: input.sql:26
S080 = """\
INSERT INTO dml2_db.raises
VALUES
  (10, 5)
"""

# source: input.sql:27
S090 = """\
INSERT INTO dml2_db.raises
VALUES
  (NULL, 50)
"""

# source: input.sql:28
S100 = """\
INSERT INTO dml2_db.raises
VALUES
  (30, 0)
"""

# source: input.sql:30
S110_SET = {
    'max_dept': "(SELECT MAX(e2.salary) FROM dml2_db.emp AS e2 WHERE e2.dept_id = emp.dept_id)",
}

# source: input.sql:33
S120_SET = {
    'bonus': "NULL",
}
S120_WHERE = "salary < 600"

# source: input.sql:35
S130_SET = {
    'flag': "'Y'",
    'salary': "salary + BROUND(salary * 10 / 100, 2)",
}
S130_WHERE = """\
dept_id IN (
  SELECT
    dept_id
  FROM dml2_db.raises
  WHERE
    pct > 0
)
"""

# source: input.sql:39
S140 = """\
CREATE TABLE dml2_db.result_upd_subq (
  emp_id INT,
  dept_id INT,
  salary DECIMAL(9, 2),
  max_dept DECIMAL(9, 2),
  bonus DECIMAL(9, 2),
  flag CHAR(1)
)
USING PARQUET
"""

# source: input.sql:50
S150 = """\
INSERT INTO dml2_db.result_upd_subq
SELECT
  *
FROM dml2_db.emp
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml2_db.emp')
        script.sql('S040', S040, writes='dml2_db.emp')
        script.sql('S050', S050, writes='dml2_db.emp')
        script.sql('S060', S060, writes='dml2_db.emp')
        script.sql('S070', S070, writes='dml2_db.emp')
        script.sql('S080', S080, writes='dml2_db.raises')
        script.sql('S090', S090, writes='dml2_db.raises')
        script.sql('S100', S100, writes='dml2_db.raises')
        script.update('S110', 'dml2_db.emp', 'emp', S110_SET)
        script.update('S120', 'dml2_db.emp', 'emp', S120_SET, where=S120_WHERE)
        script.update('S130', 'dml2_db.emp', 'emp', S130_SET, where=S130_WHERE)
        script.sql('S140', S140)
        script.sql('S150', S150, writes='dml2_db.result_upd_subq')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
