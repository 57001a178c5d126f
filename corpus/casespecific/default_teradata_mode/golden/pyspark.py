"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# In a Teradata-mode session (BTEQ's usual mode) a character column declared without
#    CASESPECIFIC is NOT CASESPECIFIC: comparisons and grouping ignore case
# source: input.sql:3
S010 = """\
CREATE TABLE cs_db.accounts (
  acct_id INT NOT NULL,
  status STRING,
  owner CHAR(8)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO cs_db.accounts
VALUES
  (1, 'Active', 'ann')
"""

# source: input.sql:12
S030 = """\
INSERT INTO cs_db.accounts
VALUES
  (2, 'ACTIVE', 'Ann')
"""

# source: input.sql:13
S040 = """\
INSERT INTO cs_db.accounts
VALUES
  (3, 'closed', 'BOB')
"""

# source: input.sql:14
S050 = """\
INSERT INTO cs_db.accounts
VALUES
  (4, 'active ', 'bob')
"""

# source: input.sql:16
S060 = """\
CREATE TABLE cs_db.result_default_mode (
  check_name STRING,
  cnt INT
)
USING PARQUET
"""

# source: input.sql:23
S070 = """\
INSERT INTO cs_db.result_default_mode
SELECT
  'active_rows',
  COUNT(*)
FROM cs_db.accounts
WHERE
  UPPER(RTRIM(status)) = 'ACTIVE'
"""

# source: input.sql:25
S080 = """\
INSERT INTO cs_db.result_default_mode
SELECT
  'status_groups',
  COUNT(*)
FROM (
  SELECT
    MIN(status) AS status
  FROM cs_db.accounts
  GROUP BY
    UPPER(RTRIM(status))
) AS g
"""

# source: input.sql:27
S090 = """\
INSERT INTO cs_db.result_default_mode
SELECT
  'distinct_owners',
  COUNT(DISTINCT UPPER(RTRIM(owner)))
FROM cs_db.accounts
"""

# source: input.sql:29
S100 = """\
INSERT INTO cs_db.result_default_mode
SELECT
  'owner_bob',
  COUNT(*)
FROM cs_db.accounts
WHERE
  UPPER(RTRIM(owner)) = 'BOB'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='cs_db.accounts')
        script.sql('S030', S030, writes='cs_db.accounts')
        script.sql('S040', S040, writes='cs_db.accounts')
        script.sql('S050', S050, writes='cs_db.accounts')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='cs_db.result_default_mode')
        script.sql('S080', S080, writes='cs_db.result_default_mode')
        script.sql('S090', S090, writes='cs_db.result_default_mode')
        script.sql('S100', S100, writes='cs_db.result_default_mode')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
