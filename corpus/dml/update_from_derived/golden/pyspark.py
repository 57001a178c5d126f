"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Teradata UPDATE ... FROM: target alias listed in FROM, a derived-table source, and a plain
#    joined table; unmatched target rows keep their values
# source: input.sql:3
S010 = """\
CREATE TABLE dml_db.accounts (
  acct_id INT NOT NULL,
  balance DECIMAL(10, 2),
  txn_cnt INT,
  status CHAR(1)
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
CREATE TABLE dml_db.txns (
  txn_id INT NOT NULL,
  acct_id INT,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:20
S030 = """\
CREATE TABLE dml_db.acct_status (
  acct_id INT NOT NULL,
  new_status CHAR(1)
)
USING PARQUET
"""

# source: input.sql:27
S040 = """\
INSERT INTO dml_db.accounts
VALUES
  (1, 100.00, 0, 'O')
"""

# source: input.sql:28
S050 = """\
INSERT INTO dml_db.accounts
VALUES
  (2, 50.00, 0, 'O')
"""

# source: input.sql:29
S060 = """\
INSERT INTO dml_db.accounts
VALUES
  (3, 0.00, 0, 'O')
"""

# source: input.sql:30
S070 = """\
INSERT INTO dml_db.txns
VALUES
  (10, 1, 25.00)
"""

# source: input.sql:31
S080 = """\
INSERT INTO dml_db.txns
VALUES
  (11, 1, -5.00)
"""

# source: input.sql:32
S090 = """\
INSERT INTO dml_db.txns
VALUES
  (12, 2, 10.00)
"""

# source: input.sql:33
S100 = """\
INSERT INTO dml_db.txns
VALUES
  (13, 9, 99.00)
"""

# source: input.sql:34
S110 = """\
INSERT INTO dml_db.acct_status
VALUES
  (2, 'C')
"""

# source: input.sql:35
S120 = """\
INSERT INTO dml_db.acct_status
VALUES
  (3, 'X')
"""

# source: input.sql:37
S130_SET = {
    'balance': "a.balance + t.tot",
    'txn_cnt': "t.n",
}
S130_WHERE = "a.acct_id = t.acct_id"

# source: input.sql:44
S140_SET = {
    'status': "s.new_status",
}
S140_WHERE = "acc.acct_id = s.acct_id AND UPPER(RTRIM(s.new_status)) <> 'X'"

# source: input.sql:50
S150 = """\
CREATE TABLE dml_db.result_update_from (
  acct_id INT,
  balance DECIMAL(10, 2),
  txn_cnt INT,
  status CHAR(1)
)
USING PARQUET
"""

# source: input.sql:59
S160 = """\
INSERT INTO dml_db.result_update_from
SELECT
  *
FROM dml_db.accounts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040, writes='dml_db.accounts')
        script.sql('S050', S050, writes='dml_db.accounts')
        script.sql('S060', S060, writes='dml_db.accounts')
        script.sql('S070', S070, writes='dml_db.txns')
        script.sql('S080', S080, writes='dml_db.txns')
        script.sql('S090', S090, writes='dml_db.txns')
        script.sql('S100', S100, writes='dml_db.txns')
        script.sql('S110', S110, writes='dml_db.acct_status')
        script.sql('S120', S120, writes='dml_db.acct_status')
        script.update('S130', 'dml_db.accounts', 'a', S130_SET, sources='(SELECT acct_id, SUM(amt) AS tot, COUNT(*) AS n FROM dml_db.txns GROUP BY acct_id) AS t', where=S130_WHERE)
        script.update('S140', 'dml_db.accounts', 'acc', S140_SET, sources='dml_db.acct_status AS s', where=S140_WHERE)
        script.sql('S150', S150)
        script.sql('S160', S160, writes='dml_db.result_update_from')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
