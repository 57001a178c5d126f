"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# MERGE from a derived table with GROUP BY (one row per key), target and source both holding
#    NULL keys: NULL never equals NULL, so the NULL group is inserted as a new row and the target's
#    NULL-key row is untouched. A second MERGE with only WHEN MATCHED and a HAVING source.
# source: input.sql:4
S010 = """\
CREATE TABLE dml2_db.daily (
  store_id INT,
  sales DECIMAL(10, 2),
  n_txn INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
CREATE TABLE dml2_db.txn (
  txn_id INT NOT NULL,
  store_id INT,
  amt DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:20
S030 = """\
INSERT INTO dml2_db.daily
VALUES
  (10, 100.00, 1)
"""

# source: input.sql:21
S040 = """\
INSERT INTO dml2_db.daily
VALUES
  (20, 50.00, 2)
"""

# source: input.sql:22
S050 = """\
INSERT INTO dml2_db.daily
VALUES
  (NULL, 9.00, 9)
"""

# source: input.sql:24
S060 = """\
INSERT INTO dml2_db.txn
VALUES
  (1, 10, 5.00)
"""

# source: input.sql:25
S070 = """\
INSERT INTO dml2_db.txn
VALUES
  (2, 10, NULL)
"""

# source: input.sql:26
S080 = """\
INSERT INTO dml2_db.txn
VALUES
  (3, 30, 7.50)
"""

# source: input.sql:27
S090 = """\
INSERT INTO dml2_db.txn
VALUES
  (4, NULL, 1.25)
"""

# source: input.sql:28
S100 = """\
INSERT INTO dml2_db.txn
VALUES
  (5, NULL, 2.00)
"""

# source: input.sql:29
S110 = """\
INSERT INTO dml2_db.txn
VALUES
  (6, 20, 3.00)
"""

# source: input.sql:31
S120_ON = "d.store_id = s.store_id"

# source: input.sql:39
S130_ON = "d.store_id = s.store_id"

# source: input.sql:47
S140 = """\
CREATE TABLE dml2_db.result_merge_agg (
  store_id INT,
  sales DECIMAL(10, 2),
  n_txn INT
)
USING PARQUET
"""

# source: input.sql:55
S150 = """\
INSERT INTO dml2_db.result_merge_agg
SELECT
  store_id,
  sales,
  n_txn
FROM dml2_db.daily
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml2_db.daily')
        script.sql('S040', S040, writes='dml2_db.daily')
        script.sql('S050', S050, writes='dml2_db.daily')
        script.sql('S060', S060, writes='dml2_db.txn')
        script.sql('S070', S070, writes='dml2_db.txn')
        script.sql('S080', S080, writes='dml2_db.txn')
        script.sql('S090', S090, writes='dml2_db.txn')
        script.sql('S100', S100, writes='dml2_db.txn')
        script.sql('S110', S110, writes='dml2_db.txn')
        script.merge('S120', 'dml2_db.daily', 'd', '(SELECT store_id, SUM(amt) AS tot, COUNT(*) AS n FROM dml2_db.txn GROUP BY store_id)', 's', S120_ON, sets={'sales': 'd.sales + s.tot', 'n_txn': 'd.n_txn + s.n'}, insert_columns=['store_id', 'sales', 'n_txn'], insert_values=['s.store_id', 's.tot', 's.n'])
        script.merge('S130', 'dml2_db.daily', 'd', '(SELECT store_id, COUNT(amt) AS n_amt FROM dml2_db.txn GROUP BY store_id HAVING COUNT(*) > 1)', 's', S130_ON, sets={'n_txn': 'd.n_txn * 100 + s.n_amt'}, insert_columns=None, insert_values=None)
        script.sql('S140', S140)
        script.sql('S150', S150, writes='dml2_db.result_merge_agg')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
