"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Outer joins on default (NOT CASESPECIFIC) string keys that differ in case and trailing
#    blanks; filter in ON versus WHERE; RIGHT and FULL joins with unmatched rows
# source: input.sql:3
S010 = """\
CREATE TABLE jn_db.customers (
  cust_code STRING,
  cust_name STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE jn_db.orders (
  ord_id INT NOT NULL,
  cust_code CHAR(8),
  status STRING,
  amt INT
)
USING PARQUET
"""

# source: input.sql:19
S030 = """\
INSERT INTO jn_db.customers
VALUES
  ('abc', 'Ann')
"""

# source: input.sql:20
S040 = """\
INSERT INTO jn_db.customers
VALUES
  ('XYZ ', 'Xi')
"""

# source: input.sql:21
S050 = """\
INSERT INTO jn_db.customers
VALUES
  ('Qrs', 'Quinn')
"""

# source: input.sql:22
S060 = """\
INSERT INTO jn_db.customers
VALUES
  (NULL, 'Nul')
"""

# source: input.sql:24
S070 = """\
INSERT INTO jn_db.orders
VALUES
  (1, 'ABC', 'OPEN', 10)
"""

# source: input.sql:25
S080 = """\
INSERT INTO jn_db.orders
VALUES
  (2, 'abc  ', 'Closed', 20)
"""

# source: input.sql:26
S090 = """\
INSERT INTO jn_db.orders
VALUES
  (3, 'xyz', 'Open ', 5)
"""

# source: input.sql:27
S100 = """\
INSERT INTO jn_db.orders
VALUES
  (4, 'QRS', 'closed', 7)
"""

# source: input.sql:28
S110 = """\
INSERT INTO jn_db.orders
VALUES
  (5, NULL, 'open', 1)
"""

# source: input.sql:29
S120 = """\
INSERT INTO jn_db.orders
VALUES
  (6, 'zzz', 'open', 3)
"""

# source: input.sql:31
S130 = """\
CREATE TABLE jn_db.result_outer_ncs (
  check_name STRING,
  grp STRING,
  cnt INT,
  total INT
)
USING PARQUET
"""

# source: input.sql:40
S140 = """\
INSERT INTO jn_db.result_outer_ncs
SELECT
  'left_on',
  MIN(c.cust_name) AS cust_name,
  COUNT(o.ord_id),
  SUM(o.amt)
FROM jn_db.customers AS c
LEFT OUTER JOIN jn_db.orders AS o
  ON UPPER(RTRIM(c.cust_code)) = UPPER(RTRIM(o.cust_code))
  AND UPPER(RTRIM(o.status)) = 'OPEN'
GROUP BY
  UPPER(RTRIM(c.cust_name))
"""

# source: input.sql:47
S150 = """\
INSERT INTO jn_db.result_outer_ncs
SELECT
  'left_where',
  MIN(c.cust_name) AS cust_name,
  COUNT(o.ord_id),
  SUM(o.amt)
FROM jn_db.customers AS c
LEFT JOIN jn_db.orders AS o
  ON UPPER(RTRIM(c.cust_code)) = UPPER(RTRIM(o.cust_code))
WHERE
  UPPER(RTRIM(o.status)) = 'CLOSED'
GROUP BY
  UPPER(RTRIM(c.cust_name))
"""

# source: input.sql:55
S160 = """\
INSERT INTO jn_db.result_outer_ncs
SELECT
  'right_unmatched',
  NULL,
  COUNT(*),
  SUM(o.amt)
FROM jn_db.customers AS c
RIGHT JOIN jn_db.orders AS o
  ON UPPER(RTRIM(o.cust_code)) = UPPER(RTRIM(c.cust_code))
WHERE
  c.cust_name IS NULL
"""

# source: input.sql:62
S170 = """\
INSERT INTO jn_db.result_outer_ncs
SELECT
  'full',
  NULL,
  COUNT(*),
  SUM(o.amt)
FROM jn_db.customers AS c
FULL OUTER JOIN jn_db.orders AS o
  ON UPPER(RTRIM(o.cust_code)) = UPPER(RTRIM(c.cust_code))
"""

# source: input.sql:68
S180 = """\
INSERT INTO jn_db.result_outer_ncs
SELECT
  'inner_codes',
  NULL,
  COUNT(DISTINCT UPPER(RTRIM(o.cust_code))),
  SUM(o.amt)
FROM jn_db.customers AS c
INNER JOIN jn_db.orders AS o
  ON UPPER(RTRIM(o.cust_code)) = UPPER(RTRIM(c.cust_code))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='jn_db.customers')
        script.sql('S040', S040, writes='jn_db.customers')
        script.sql('S050', S050, writes='jn_db.customers')
        script.sql('S060', S060, writes='jn_db.customers')
        script.sql('S070', S070, writes='jn_db.orders')
        script.sql('S080', S080, writes='jn_db.orders')
        script.sql('S090', S090, writes='jn_db.orders')
        script.sql('S100', S100, writes='jn_db.orders')
        script.sql('S110', S110, writes='jn_db.orders')
        script.sql('S120', S120, writes='jn_db.orders')
        script.sql('S130', S130)
        script.sql('S140', S140, writes='jn_db.result_outer_ncs')
        script.sql('S150', S150, writes='jn_db.result_outer_ncs')
        script.sql('S160', S160, writes='jn_db.result_outer_ncs')
        script.sql('S170', S170, writes='jn_db.result_outer_ncs')
        script.sql('S180', S180, writes='jn_db.result_outer_ncs')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
