"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Report extracts whose select aliases reuse the physical column names: ORDER BY <name>
#    (also for TOP ... WITH TIES) sorts on the table column, not on the aliased expression
# source: input.sql:3
S010 = """\
CREATE TABLE rp_db.cust_bal (
  cust_id INT NOT NULL,
  region STRING,
  bal_amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO rp_db.cust_bal
VALUES
  (1, 'N', 100.00)
"""

# source: input.sql:12
S030 = """\
INSERT INTO rp_db.cust_bal
VALUES
  (2, NULL, 300.00)
"""

# source: input.sql:13
S040 = """\
INSERT INTO rp_db.cust_bal
VALUES
  (3, 'S', 200.00)
"""

# source: input.sql:14
S050 = """\
INSERT INTO rp_db.cust_bal
VALUES
  (4, NULL, 50.00)
"""

# source: input.sql:15
S060 = """\
INSERT INTO rp_db.cust_bal
VALUES
  (5, 'E', 400.00)
"""

# source: input.sql:16
S070 = """\
INSERT INTO rp_db.cust_bal
VALUES
  (6, 'W', NULL)
"""

# source: input.sql:17
S080 = """\
INSERT INTO rp_db.cust_bal
VALUES
  (7, 'W', -20.00)
"""

# source: input.sql:19
S090 = """\
CREATE TABLE rp_db.result_extract (
  list_cd STRING,
  cust_id INT,
  region STRING,
  bal_amt DECIMAL(10, 2)
)
USING PARQUET
"""

# region (the column) sorts NULL first, whatever the alias shows
# source: input.sql:29
S100 = """\
INSERT INTO rp_db.result_extract
SELECT
  'FIRST2',
  cust_id,
  COALESCE(region, 'ZZ') AS region,
  bal_amt
FROM rp_db.cust_bal
ORDER BY
  UPPER(RTRIM(region)),
  cust_id
LIMIT 2
"""

# the alias bal_amt is the negated balance; ORDER BY bal_amt DESC still means the stored balance
# source: input.sql:35
S110 = """\
INSERT INTO rp_db.result_extract
SELECT
  SUBSTRING(leapc_c_1, 1, 8),
  cust_id,
  region,
  bal_amt
FROM (
  SELECT
    'BIGGEST' AS leapc_c_1,
    cust_id,
    region,
    -bal_amt AS bal_amt,
    RANK() OVER (ORDER BY -bal_amt DESC) AS leapc_w_2
  FROM rp_db.cust_bal
) AS leapc_t_3
WHERE
  leapc_w_2 <= 1
ORDER BY
  bal_amt DESC
"""

# lowest balance: the column's NULL sorts first even though the alias shows it as 0
# source: input.sql:41
S120 = """\
INSERT INTO rp_db.result_extract
SELECT
  'LOWEST',
  cust_id,
  region,
  COALESCE(bal_amt, 0) AS bal_amt
FROM rp_db.cust_bal
ORDER BY
  bal_amt
LIMIT 1
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='rp_db.cust_bal')
        script.sql('S030', S030, writes='rp_db.cust_bal')
        script.sql('S040', S040, writes='rp_db.cust_bal')
        script.sql('S050', S050, writes='rp_db.cust_bal')
        script.sql('S060', S060, writes='rp_db.cust_bal')
        script.sql('S070', S070, writes='rp_db.cust_bal')
        script.sql('S080', S080, writes='rp_db.cust_bal')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='rp_db.result_extract')
        script.sql('S110', S110, writes='rp_db.result_extract')
        script.sql('S120', S120, writes='rp_db.result_extract')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
