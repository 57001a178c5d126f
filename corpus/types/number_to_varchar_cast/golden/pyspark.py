"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Explicit CAST of INTEGER and DECIMAL to VARCHAR/CHAR: left-justified, no leading blanks, the
#    DECIMAL scale kept; used to build keys
# source: input.sql:3
S010 = """\
CREATE TABLE typ_db.accounts (
  id INT NOT NULL,
  branch SMALLINT,
  balance DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO typ_db.accounts
VALUES
  (7, 12, 1234.50)
"""

# source: input.sql:12
S030 = """\
INSERT INTO typ_db.accounts
VALUES
  (42, -3, -3.25)
"""

# source: input.sql:13
S040 = """\
INSERT INTO typ_db.accounts
VALUES
  (1005, 0, 10.00)
"""

# source: input.sql:14
S050 = """\
INSERT INTO typ_db.accounts
VALUES
  (9, NULL, NULL)
"""

# source: input.sql:16
S060 = """\
CREATE TABLE typ_db.result_num_text (
  id INT,
  id_txt STRING,
  acct_key STRING,
  bal_txt STRING,
  id_len INT,
  bal_len INT
)
USING PARQUET
"""

# source: input.sql:27
S070 = """\
INSERT INTO typ_db.result_num_text
SELECT
  id,
  SUBSTRING(CAST(id AS STRING), 1, 12),
  'A-' || SUBSTRING(CAST(branch AS STRING), 1, 6) || '-' || SUBSTRING(CAST(id AS STRING), 1, 12),
  SUBSTRING(CAST(balance AS STRING), 1, 20),
  LENGTH(SUBSTRING(CAST(id AS STRING), 1, 12)),
  LENGTH(SUBSTRING(CAST(balance AS STRING), 1, 20))
FROM typ_db.accounts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='typ_db.accounts')
        script.sql('S030', S030, writes='typ_db.accounts')
        script.sql('S040', S040, writes='typ_db.accounts')
        script.sql('S050', S050, writes='typ_db.accounts')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='typ_db.result_num_text')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
