"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Transaction review lists built with QUALIFY over COUNT / SUM / AVG / MAX windows, in a view,
#    a volatile CTAS and a derived table
# source: input.sql:3
S010 = """\
CREATE TABLE q_db.txn (
  acct_id INT,
  txn_id INT,
  txn_ts TIMESTAMP_NTZ,
  amt DECIMAL(10, 2),
  channel STRING
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO q_db.txn
VALUES
  (1, 1, CAST('2024-03-01 08:00:00' AS TIMESTAMP), 50.00, 'WEB')
"""

# source: input.sql:14
S030 = """\
INSERT INTO q_db.txn
VALUES
  (1, 2, CAST('2024-03-01 09:00:00' AS TIMESTAMP), 30.00, 'STORE')
"""

# source: input.sql:15
S040 = """\
INSERT INTO q_db.txn
VALUES
  (1, 3, NULL, 90.00, 'WEB')
"""

# source: input.sql:16
S050 = """\
INSERT INTO q_db.txn
VALUES
  (1, 4, CAST('2024-03-01 10:00:00' AS TIMESTAMP), NULL, 'WEB')
"""

# source: input.sql:17
S060 = """\
INSERT INTO q_db.txn
VALUES
  (2, 5, CAST('2024-03-02 08:00:00' AS TIMESTAMP), 200.00, 'STORE')
"""

# source: input.sql:18
S070 = """\
INSERT INTO q_db.txn
VALUES
  (2, 6, CAST('2024-03-02 08:30:00' AS TIMESTAMP), 200.00, 'WEB')
"""

# source: input.sql:19
S080 = """\
INSERT INTO q_db.txn
VALUES
  (3, 7, NULL, 15.00, 'WEB')
"""

# source: input.sql:21
S090 = """\
CREATE TABLE q_db.result_review (
  list_cd STRING,
  acct_id INT,
  txn_id INT,
  amt DECIMAL(12, 2)
)
USING PARQUET
"""

# source: input.sql:30
S100 = """\
CREATE OR REPLACE VIEW q_db.v_last_txn AS
SELECT
  acct_id,
  txn_id,
  amt
FROM (
  SELECT
    acct_id,
    txn_id,
    amt,
    ROW_NUMBER() OVER (PARTITION BY acct_id ORDER BY txn_ts DESC) AS leapc_w_1
  FROM q_db.txn
) AS leapc_t_2
WHERE
  leapc_w_1 = 1
"""

# source: input.sql:35
S110 = """\
SELECT
  acct_id,
  txn_id,
  amt,
  acct_total
FROM (
  SELECT
    acct_id,
    txn_id,
    amt,
    SUM(amt) OVER (PARTITION BY acct_id) AS acct_total,
    COUNT(*) OVER (PARTITION BY acct_id) AS leapc_w_3
  FROM q_db.txn
) AS leapc_t_4
WHERE
  leapc_w_3 >= 3
"""

# source: input.sql:45
S120 = """\
INSERT INTO q_db.result_review
SELECT
  'LAST',
  acct_id,
  txn_id,
  amt
FROM q_db.v_last_txn
"""

# smallest transaction of each busy account (a NULL amount sorts first ascending)
# source: input.sql:49
S130 = """\
INSERT INTO q_db.result_review
SELECT
  SUBSTRING(leapc_c_5, 1, 10),
  acct_id,
  txn_id,
  acct_total
FROM (
  SELECT
    'BUSY' AS leapc_c_5,
    acct_id,
    txn_id,
    acct_total,
    RANK() OVER (PARTITION BY acct_id ORDER BY amt) AS leapc_w_6
  FROM busy_accts
) AS leapc_t_7
WHERE
  leapc_w_6 = 1
"""

# source: input.sql:54
S140 = """\
INSERT INTO q_db.result_review
SELECT
  'ABOVE_AVG',
  d.acct_id,
  d.txn_id,
  d.amt
FROM (
  SELECT
    acct_id,
    txn_id,
    amt
  FROM (
    SELECT
      acct_id,
      txn_id,
      amt,
      AVG(amt) OVER (PARTITION BY acct_id) AS leapc_w_8
    FROM q_db.txn
  ) AS leapc_t_9
  WHERE
    amt > leapc_w_8
) AS d
"""

# web transactions while the running total (time order, undated first) is still within 100
# source: input.sql:61
S150 = """\
INSERT INTO q_db.result_review
SELECT
  SUBSTRING(leapc_c_10, 1, 10),
  acct_id,
  txn_id,
  amt
FROM (
  SELECT
    'CUM100' AS leapc_c_10,
    acct_id,
    txn_id,
    amt,
    SUM(amt) OVER (
      PARTITION BY acct_id
      ORDER BY txn_ts
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS leapc_w_11,
    channel AS leapc_q_12
  FROM q_db.txn
) AS leapc_t_13
WHERE
  leapc_w_11 <= 100 AND UPPER(RTRIM(leapc_q_12)) = 'WEB'
"""

# alias referenced inside the QUALIFY window
# source: input.sql:68
S160 = """\
INSERT INTO q_db.result_review
SELECT
  SUBSTRING(leapc_c_14, 1, 10),
  acct_id,
  txn_id,
  net_amt
FROM (
  SELECT
    'TOPNET' AS leapc_c_14,
    acct_id,
    txn_id,
    COALESCE(amt, 0) - 10 AS net_amt,
    amt AS leapc_q_15,
    MAX((
      COALESCE(amt, 0) - 10
    )) OVER (PARTITION BY acct_id) AS leapc_w_16
  FROM q_db.txn
) AS leapc_t_17
WHERE
  (
    COALESCE(leapc_q_15, 0) - 10
  ) = leapc_w_16
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='q_db.txn')
        script.sql('S030', S030, writes='q_db.txn')
        script.sql('S040', S040, writes='q_db.txn')
        script.sql('S050', S050, writes='q_db.txn')
        script.sql('S060', S060, writes='q_db.txn')
        script.sql('S070', S070, writes='q_db.txn')
        script.sql('S080', S080, writes='q_db.txn')
        script.sql('S090', S090)
        script.sql('S100', S100)
        script.create_volatile('S110', 'busy_accts', S110)
        script.sql('S120', S120, writes='q_db.result_review')
        script.sql('S130', S130, writes='q_db.result_review')
        script.sql('S140', S140, writes='q_db.result_review')
        script.sql('S150', S150, writes='q_db.result_review')
        script.sql('S160', S160, writes='q_db.result_review')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
