"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Fixed-width CHAR(8) account codes fed to string functions: the pad blanks are part of the value,
#    so LPAD/RPAD keep them, INDEX/POSITION find them, and SUBSTRING returns them
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.ledger_acct (
  acct_id INT NOT NULL,
  acct_cd CHAR(8),
  acct_nm STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO sd_db.ledger_acct
VALUES
  (1, '4100', 'Sales')
"""

# source: input.sql:12
S030 = """\
INSERT INTO sd_db.ledger_acct
VALUES
  (2, '5200 X', 'Cost of goods')
"""

# source: input.sql:13
S040 = """\
INSERT INTO sd_db.ledger_acct
VALUES
  (3, '61000001', 'Payroll')
"""

# source: input.sql:14
S050 = """\
INSERT INTO sd_db.ledger_acct
VALUES
  (4, NULL, 'Suspense')
"""

# source: input.sql:16
S060 = """\
CREATE TABLE sd_db.result_acct_fmt (
  acct_id INT,
  lpad_cd STRING,
  rpad_cd STRING,
  first_pad INT,
  pos_pad INT,
  tail_cd STRING,
  tail_len INT
)
USING PARQUET
"""

# source: input.sql:28
S070 = """\
INSERT INTO sd_db.result_acct_fmt
SELECT
  acct_id,
  LPAD(acct_cd, 10, '0'),
  RPAD(acct_cd, 10, '*'),
  LOCATE(' ', UPPER(acct_cd)),
  LOCATE(' ', UPPER(acct_cd)),
  SUBSTRING(SUBSTRING(acct_cd, 5) || '|', 1, 12),
  LENGTH(SUBSTRING(acct_cd, 5))
FROM sd_db.ledger_acct
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.ledger_acct')
        script.sql('S030', S030, writes='sd_db.ledger_acct')
        script.sql('S040', S040, writes='sd_db.ledger_acct')
        script.sql('S050', S050, writes='sd_db.ledger_acct')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='sd_db.result_acct_fmt')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
