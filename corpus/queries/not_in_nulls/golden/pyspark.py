"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# NOT IN over a subquery that returns a NULL is never true; NOT EXISTS ignores the NULL;
#    NOT IN over a NULL-free subquery and a NULL probe value
# source: input.sql:3
S010 = """\
CREATE TABLE qry_db.customers (
  cust_id INT NOT NULL,
  region STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE qry_db.blocked (
  region STRING
)
USING PARQUET
"""

# source: input.sql:16
S030 = """\
INSERT INTO qry_db.customers
VALUES
  (1, 'EAST')
"""

# source: input.sql:17
S040 = """\
INSERT INTO qry_db.customers
VALUES
  (2, 'WEST')
"""

# source: input.sql:18
S050 = """\
INSERT INTO qry_db.customers
VALUES
  (3, NULL)
"""

# source: input.sql:19
S060 = """\
INSERT INTO qry_db.customers
VALUES
  (4, 'NORTH')
"""

# source: input.sql:20
S070 = """\
INSERT INTO qry_db.blocked
VALUES
  ('EAST')
"""

# source: input.sql:21
S080 = """\
INSERT INTO qry_db.blocked
VALUES
  (NULL)
"""

# source: input.sql:23
S090 = """\
CREATE TABLE qry_db.result_not_in (
  check_name STRING,
  cust_id INT
)
USING PARQUET
"""

# source: input.sql:30
S100 = """\
INSERT INTO qry_db.result_not_in
SELECT
  'not_in_null',
  cust_id
FROM qry_db.customers
WHERE
  NOT UPPER(RTRIM(region)) IN (
    SELECT
      UPPER(RTRIM(region))
    FROM qry_db.blocked
  )
"""

# source: input.sql:34
S110 = """\
INSERT INTO qry_db.result_not_in
SELECT
  'not_exists',
  c.cust_id
FROM qry_db.customers AS c
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM qry_db.blocked AS b
    WHERE
      UPPER(RTRIM(b.region)) = UPPER(RTRIM(c.region))
  )
"""

# source: input.sql:38
S120 = """\
INSERT INTO qry_db.result_not_in
SELECT
  'not_in_clean',
  cust_id
FROM qry_db.customers
WHERE
  NOT UPPER(RTRIM(region)) IN (
    SELECT
      UPPER(RTRIM(region))
    FROM qry_db.blocked
    WHERE
      NOT region IS NULL
  )
"""

# source: input.sql:42
S130 = """\
INSERT INTO qry_db.result_not_in
SELECT
  'in_list',
  cust_id
FROM qry_db.customers
WHERE
  UPPER(RTRIM(region)) IN ('WEST', NULL)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='qry_db.customers')
        script.sql('S040', S040, writes='qry_db.customers')
        script.sql('S050', S050, writes='qry_db.customers')
        script.sql('S060', S060, writes='qry_db.customers')
        script.sql('S070', S070, writes='qry_db.blocked')
        script.sql('S080', S080, writes='qry_db.blocked')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='qry_db.result_not_in')
        script.sql('S110', S110, writes='qry_db.result_not_in')
        script.sql('S120', S120, writes='qry_db.result_not_in')
        script.sql('S130', S130, writes='qry_db.result_not_in')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
