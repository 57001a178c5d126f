"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Work tables created from queries: the CTAS column types come from the select expressions
#    (a 'N' literal makes a 1-character column) and are copied again by CREATE TABLE ... AS t WITH NO DATA
# source: input.sql:3
S010 = """\
CREATE TABLE ct_db.orders (
  order_id INT NOT NULL,
  cust STRING,
  amt DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO ct_db.orders
VALUES
  (1, 'acme', 150.00)
"""

# source: input.sql:12
S030 = """\
INSERT INTO ct_db.orders
VALUES
  (2, 'acme', 50.00)
"""

# source: input.sql:13
S040 = """\
INSERT INTO ct_db.orders
VALUES
  (3, 'bolt', NULL)
"""

# source: input.sql:14
S050 = """\
INSERT INTO ct_db.orders
VALUES
  (4, 'bolt', 200.00)
"""

# source: input.sql:15
S060 = """\
INSERT INTO ct_db.orders
VALUES
  (5, 'cord', 10.00)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE ct_db.order_flags
USING PARQUET AS
SELECT
  order_id,
  cust,
  'N' AS review_flag,
  amt
FROM ct_db.orders
WHERE
  NOT amt IS NULL
"""

# Teradata-mode assignment truncates to the column's 1 character
# source: input.sql:26
S080_SET = {
    'review_flag': "'Y'",
}
S080_WHERE = "amt > 100"

# source: input.sql:28
S090 = """\
CREATE TABLE ct_db.cust_totals
USING PARQUET AS
SELECT
  MIN(cust) AS cust_cd,
  COUNT(*) AS order_cnt,
  SUM(amt) AS total_amt
FROM ct_db.orders
GROUP BY
  UPPER(RTRIM(cust))
"""

# source: input.sql:36
S100 = """\
CREATE TABLE ct_db.result_ctas
USING PARQUET AS
SELECT
  *
FROM (
  SELECT
    *
  FROM ct_db.order_flags
) AS leapc_no_data
WHERE
  FALSE
"""

# source: input.sql:38
S110 = """\
INSERT INTO ct_db.result_ctas
SELECT
  CASE
    WHEN f.order_id IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column order_id')
    ELSE f.order_id
  END,
  t.cust_cd,
  f.review_flag,
  t.total_amt
FROM ct_db.order_flags AS f
JOIN ct_db.cust_totals AS t
  ON f.cust = t.cust_cd
"""

# source: input.sql:44
S120 = """\
INSERT INTO ct_db.result_ctas
VALUES
  (99, 'ZZZ-LONG-N', 'M', BROUND(1.006, 2))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='ct_db.orders')
        script.sql('S030', S030, writes='ct_db.orders')
        script.sql('S040', S040, writes='ct_db.orders')
        script.sql('S050', S050, writes='ct_db.orders')
        script.sql('S060', S060, writes='ct_db.orders')
        script.sql('S070', S070)
        script.update('S080', 'ct_db.order_flags', 'order_flags', S080_SET, where=S080_WHERE)
        script.sql('S090', S090)
        script.sql('S100', S100)
        script.sql('S110', S110, writes='ct_db.result_ctas')
        script.sql('S120', S120, writes='ct_db.result_ctas')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
