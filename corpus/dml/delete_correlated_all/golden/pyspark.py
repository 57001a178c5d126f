"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DELETE with a correlated EXISTS subquery, DELETE with NOT IN over a subquery containing NULL
#    (deletes nothing), and DELETE ... ALL before a reload
# source: input.sql:3
S010 = """\
CREATE TABLE dml_db.orders (
  order_id INT NOT NULL,
  cust_id INT,
  amount INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
CREATE TABLE dml_db.bad_cust (
  cust_id INT
)
USING PARQUET
"""

# source: input.sql:17
S030 = """\
CREATE TABLE dml_db.scratch (
  n INT
)
USING PARQUET
"""

# source: input.sql:23
S040 = """\
INSERT INTO dml_db.orders
VALUES
  (1, 10, 100)
"""

# source: input.sql:24
S050 = """\
INSERT INTO dml_db.orders
VALUES
  (2, 20, 200)
"""

# source: input.sql:25
S060 = """\
INSERT INTO dml_db.orders
VALUES
  (3, 30, 300)
"""

# source: input.sql:26
S070 = """\
INSERT INTO dml_db.orders
VALUES
  (4, NULL, 400)
"""

# source: input.sql:27
S080 = """\
INSERT INTO dml_db.orders
VALUES
  (5, 10, 5)
"""

# source: input.sql:28
S090 = """\
INSERT INTO dml_db.bad_cust
VALUES
  (20)
"""

# source: input.sql:29
S100 = """\
INSERT INTO dml_db.bad_cust
VALUES
  (NULL)
"""

# source: input.sql:30
S110 = """\
INSERT INTO dml_db.scratch
VALUES
  (1)
"""

# source: input.sql:31
S120 = """\
INSERT INTO dml_db.scratch
VALUES
  (2)
"""

# source: input.sql:33
S130_WHERE = """\
EXISTS(
  SELECT
    1
  FROM dml_db.bad_cust AS b
  WHERE
    b.cust_id = orders.cust_id
)
"""

# source: input.sql:36
S140_WHERE = """\
NOT cust_id IN (
  SELECT
    cust_id
  FROM dml_db.bad_cust
)
"""

# source: input.sql:39
S150_WHERE = """\
o.amount < (
  SELECT
    MAX(o2.amount)
  FROM dml_db.orders AS o2
  WHERE
    o2.cust_id = o.cust_id
)
"""

# source: input.sql:42

# source: input.sql:43
S170 = """\
INSERT INTO dml_db.scratch
SELECT
  COUNT(*)
FROM dml_db.orders
"""

# source: input.sql:45
S180 = """\
CREATE TABLE dml_db.result_delete (
  order_id INT,
  cust_id INT,
  amount INT,
  n_after INT
)
USING PARQUET
"""

# source: input.sql:54
S190 = """\
INSERT INTO dml_db.result_delete
SELECT
  o.order_id,
  o.cust_id,
  o.amount,
  s.n
FROM dml_db.orders AS o
CROSS JOIN dml_db.scratch AS s
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040, writes='dml_db.orders')
        script.sql('S050', S050, writes='dml_db.orders')
        script.sql('S060', S060, writes='dml_db.orders')
        script.sql('S070', S070, writes='dml_db.orders')
        script.sql('S080', S080, writes='dml_db.orders')
        script.sql('S090', S090, writes='dml_db.bad_cust')
        script.sql('S100', S100, writes='dml_db.bad_cust')
        script.sql('S110', S110, writes='dml_db.scratch')
        script.sql('S120', S120, writes='dml_db.scratch')
        script.delete('S130', 'dml_db.orders', 'orders', where=S130_WHERE)
        script.delete('S140', 'dml_db.orders', 'orders', where=S140_WHERE)
        script.delete('S150', 'dml_db.orders', 'o', where=S150_WHERE)
        script.delete('S160', 'dml_db.scratch', 'scratch')
        script.sql('S170', S170, writes='dml_db.scratch')
        script.sql('S180', S180)
        script.sql('S190', S190, writes='dml_db.result_delete')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
