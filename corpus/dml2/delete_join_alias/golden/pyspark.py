"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Teradata join-condition DELETE: DELETE alias FROM t AS alias, s WHERE join ... deletes only rows
#    of the named table that join a qualifying row; DELETE FROM t AS alias WHERE alias.col ...;
#    DEL abbreviation with a correlated NOT EXISTS; DEL ... ALL then reload
# source: input.sql:4
S010 = """\
CREATE TABLE dml2_db.orders (
  order_id INT NOT NULL,
  cust_id INT,
  status STRING
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
CREATE TABLE dml2_db.blocked (
  cust_id INT,
  active CHAR(1)
)
USING PARQUET
"""

# source: input.sql:19
S030 = """\
CREATE TABLE dml2_db.custs (
  cust_id INT
)
USING PARQUET
"""

# source: input.sql:25
S040 = """\
CREATE TABLE dml2_db.snap (
  n_orders INT,
  n_blocked INT
)
USING PARQUET
"""

# source: input.sql:32
S050 = """\
INSERT INTO dml2_db.orders
VALUES
  (1, 100, 'open')
"""

# source: input.sql:33
S060 = """\
INSERT INTO dml2_db.orders
VALUES
  (2, 200, 'open')
"""

# source: input.sql:34
S070 = """\
INSERT INTO dml2_db.orders
VALUES
  (3, 200, 'closed')
"""

# source: input.sql:35
S080 = """\
INSERT INTO dml2_db.orders
VALUES
  (4, 300, 'open')
"""

# source: input.sql:36
S090 = """\
INSERT INTO dml2_db.orders
VALUES
  (5, NULL, 'open')
"""

# source: input.sql:37
S100 = """\
INSERT INTO dml2_db.orders
VALUES
  (6, 400, 'void')
"""

# source: input.sql:38
S110 = """\
INSERT INTO dml2_db.orders
VALUES
  (7, 500, 'open')
"""

# source: input.sql:39
S120 = """\
INSERT INTO dml2_db.blocked
VALUES
  (200, 'Y')
"""

# source: input.sql:40
S130 = """\
INSERT INTO dml2_db.blocked
VALUES
  (300, 'N')
"""

# source: input.sql:41
S140 = """\
INSERT INTO dml2_db.blocked
VALUES
  (NULL, 'Y')
"""

# source: input.sql:42
S150 = """\
INSERT INTO dml2_db.custs
VALUES
  (100)
"""

# source: input.sql:43
S160 = """\
INSERT INTO dml2_db.custs
VALUES
  (200)
"""

# source: input.sql:44
S170 = """\
INSERT INTO dml2_db.custs
VALUES
  (300)
"""

# source: input.sql:45
S180 = """\
INSERT INTO dml2_db.custs
VALUES
  (400)
"""

# source: input.sql:46
S190 = """\
INSERT INTO dml2_db.snap
VALUES
  (-1, -1)
"""

# source: input.sql:48
S200_WHERE = "o.cust_id = b.cust_id AND UPPER(RTRIM(b.active)) = 'Y'"

# source: input.sql:53
S210_WHERE = "UPPER(RTRIM(z.status)) = 'VOID'"

# source: input.sql:55
S220_WHERE = """\
NOT EXISTS(
  SELECT
    1
  FROM dml2_db.custs AS c
  WHERE
    c.cust_id = orders.cust_id
)
"""

# source: input.sql:58

# source: input.sql:59
S240 = """\
INSERT INTO dml2_db.snap
SELECT
  (
    SELECT
      COUNT(*)
    FROM dml2_db.orders
  ),
  (
    SELECT
      COUNT(*)
    FROM dml2_db.blocked
  )
"""

# source: input.sql:62
S250 = """\
CREATE TABLE dml2_db.result_del_join (
  order_id INT,
  cust_id INT,
  status STRING,
  n_orders INT,
  n_blocked INT
)
USING PARQUET
"""

# source: input.sql:72
S260 = """\
INSERT INTO dml2_db.result_del_join
SELECT
  o.order_id,
  o.cust_id,
  o.status,
  s.n_orders,
  s.n_blocked
FROM dml2_db.orders AS o
CROSS JOIN dml2_db.snap AS s
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040)
        script.sql('S050', S050, writes='dml2_db.orders')
        script.sql('S060', S060, writes='dml2_db.orders')
        script.sql('S070', S070, writes='dml2_db.orders')
        script.sql('S080', S080, writes='dml2_db.orders')
        script.sql('S090', S090, writes='dml2_db.orders')
        script.sql('S100', S100, writes='dml2_db.orders')
        script.sql('S110', S110, writes='dml2_db.orders')
        script.sql('S120', S120, writes='dml2_db.blocked')
        script.sql('S130', S130, writes='dml2_db.blocked')
        script.sql('S140', S140, writes='dml2_db.blocked')
        script.sql('S150', S150, writes='dml2_db.custs')
        script.sql('S160', S160, writes='dml2_db.custs')
        script.sql('S170', S170, writes='dml2_db.custs')
        script.sql('S180', S180, writes='dml2_db.custs')
        script.sql('S190', S190, writes='dml2_db.snap')
        script.delete('S200', 'dml2_db.orders', 'o', sources='dml2_db.blocked AS b', where=S200_WHERE)
        script.delete('S210', 'dml2_db.orders', 'z', where=S210_WHERE)
        script.delete('S220', 'dml2_db.orders', 'orders', where=S220_WHERE)
        script.delete('S230', 'dml2_db.snap', 'snap')
        script.sql('S240', S240, writes='dml2_db.snap')
        script.sql('S250', S250)
        script.sql('S260', S260, writes='dml2_db.result_del_join')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
