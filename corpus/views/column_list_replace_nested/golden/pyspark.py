"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CREATE VIEW with a column list (renamed and computed columns), a view over that view filtering
#    on the renamed columns, REPLACE VIEW changing the inner definition: the outer view picks up
#    the new definition at the next query
# source: input.sql:4
S010 = """\
CREATE TABLE vw_db.staff (
  sid INT NOT NULL,
  nm STRING,
  dept CHAR(2),
  sal INT,
  comm INT
)
USING PARQUET
"""

# source: input.sql:14
S020 = """\
INSERT INTO vw_db.staff
VALUES
  (1, 'ann', 'HR', 100, NULL)
"""

# source: input.sql:15
S030 = """\
INSERT INTO vw_db.staff
VALUES
  (2, 'bo', 'IT', 200, 50)
"""

# source: input.sql:16
S040 = """\
INSERT INTO vw_db.staff
VALUES
  (3, 'cy', 'IT', 150, 0)
"""

# source: input.sql:17
S050 = """\
INSERT INTO vw_db.staff
VALUES
  (4, 'di', NULL, 300, 10)
"""

# source: input.sql:19
S060 = """\
CREATE VIEW vw_db.v_pay (
  who,
  unit,
  total_pay
) AS
SELECT
  nm AS who,
  dept AS unit,
  sal + comm AS total_pay
FROM vw_db.staff
"""

# source: input.sql:22
S070 = """\
CREATE VIEW vw_db.v_pay_it AS
SELECT
  who,
  total_pay
FROM vw_db.v_pay
WHERE
  UPPER(RTRIM(unit)) = 'IT' AND total_pay > 100
"""

# source: input.sql:25
S080 = """\
CREATE TABLE vw_db.result_views_nested (
  phase STRING,
  who STRING,
  total_pay INT
)
USING PARQUET
"""

# source: input.sql:33
S090 = """\
INSERT INTO vw_db.result_views_nested
SELECT
  'before',
  who,
  total_pay
FROM vw_db.v_pay_it
"""

# source: input.sql:34
S100 = """\
INSERT INTO vw_db.result_views_nested
SELECT
  'nullpay',
  who,
  total_pay
FROM vw_db.v_pay
WHERE
  total_pay IS NULL
"""

# source: input.sql:36
S110 = """\
CREATE OR REPLACE VIEW vw_db.v_pay (
  who,
  unit,
  total_pay
) AS
SELECT
  nm AS who,
  COALESCE(dept, 'IT') AS unit,
  sal + COALESCE(comm, 0) AS total_pay
FROM vw_db.staff
"""

# source: input.sql:39
S120 = """\
INSERT INTO vw_db.result_views_nested
SELECT
  'after',
  who,
  total_pay
FROM vw_db.v_pay_it
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='vw_db.staff')
        script.sql('S030', S030, writes='vw_db.staff')
        script.sql('S040', S040, writes='vw_db.staff')
        script.sql('S050', S050, writes='vw_db.staff')
        script.sql('S060', S060)
        script.sql('S070', S070)
        script.sql('S080', S080)
        script.sql('S090', S090, writes='vw_db.result_views_nested')
        script.sql('S100', S100, writes='vw_db.result_views_nested')
        script.sql('S110', S110)
        script.sql('S120', S120, writes='vw_db.result_views_nested')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
