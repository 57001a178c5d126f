"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INSERT with a column list in another order than the table, with fewer columns than the table:
#    omitted columns take their DEFAULT constant, WITH DEFAULT system defaults (0, blanks, empty
#    string) or NULL when no default is declared
# source: input.sql:4
S010 = """\
CREATE TABLE dml2_db.accts (
  acct_id INT NOT NULL,
  kind STRING NOT NULL DEFAULT 'STD',
  bal DECIMAL(9, 2) DEFAULT 0.50,
  tier SMALLINT DEFAULT 0,
  code STRING DEFAULT '  ',
  memo STRING,
  prio INT NOT NULL DEFAULT -1
)
USING PARQUET
"""

# source: input.sql:16
S020 = """\
CREATE TABLE dml2_db.src (
  a INT,
  b STRING,
  c DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:24
S030 = """\
INSERT INTO dml2_db.src
VALUES
  (10, 'ten', 10.10)
"""

# source: input.sql:25
S040 = """\
INSERT INTO dml2_db.src
VALUES
  (20, NULL, NULL)
"""

# source: input.sql:27
S050 = """\
INSERT INTO dml2_db.accts (
  acct_id
)
VALUES
  (1)
"""

# source: input.sql:28
S060 = """\
INSERT INTO dml2_db.accts (
  memo,
  prio,
  acct_id
)
VALUES
  ('m2', 5, 2)
"""

# source: input.sql:29
S070 = """\
INSERT INTO dml2_db.accts (
  bal,
  acct_id,
  kind
)
VALUES
  (NULL, 3, 'VIP')
"""

# source: input.sql:31
S080 = """\
INSERT INTO dml2_db.accts (
  memo,
  bal,
  acct_id
)
SELECT
  b,
  c,
  CASE
    WHEN a IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_id')
    ELSE a
  END
FROM dml2_db.src
"""

# source: input.sql:34
S090 = """\
INSERT INTO dml2_db.accts (
  prio,
  acct_id,
  tier
)
SELECT
  CASE
    WHEN a * 2 IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column prio')
    ELSE a * 2
  END,
  CASE
    WHEN a + 1 IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_id')
    ELSE a + 1
  END,
  CAST(a DIV 3 AS INT)
FROM dml2_db.src
WHERE
  a = 20
"""

# source: input.sql:37
S100 = """\
CREATE TABLE dml2_db.result_ins_defaults (
  acct_id INT,
  kind CHAR(3),
  bal DECIMAL(9, 2),
  tier SMALLINT,
  code_is_null CHAR(1),
  code_len INT,
  memo STRING,
  prio INT
)
USING PARQUET
"""

# source: input.sql:50
S110 = """\
INSERT INTO dml2_db.result_ins_defaults
SELECT
  acct_id,
  kind,
  bal,
  tier,
  CASE WHEN code IS NULL THEN 'Y' ELSE 'N' END,
  LENGTH(TRIM(code)),
  memo,
  prio
FROM dml2_db.accts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml2_db.src')
        script.sql('S040', S040, writes='dml2_db.src')
        script.sql('S050', S050, writes='dml2_db.accts')
        script.sql('S060', S060, writes='dml2_db.accts')
        script.sql('S070', S070, writes='dml2_db.accts')
        script.sql('S080', S080, writes='dml2_db.accts')
        script.sql('S090', S090, writes='dml2_db.accts')
        script.sql('S100', S100)
        script.sql('S110', S110, writes='dml2_db.result_ins_defaults')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
