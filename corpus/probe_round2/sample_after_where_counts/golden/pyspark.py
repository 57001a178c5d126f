"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# QA extracts: SAMPLE n of the rows that pass WHERE, and SAMPLE larger than the table
#    (only row counts and membership are checked: the sampled rows themselves are random)
# source: input.sql:3
S010 = """\
CREATE TABLE qa_db.claims (
  claim_id INT NOT NULL,
  status STRING,
  amt DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO qa_db.claims
VALUES
  (1, 'OPEN', 100.00)
"""

# source: input.sql:12
S030 = """\
INSERT INTO qa_db.claims
VALUES
  (2, 'CLOSED', 200.00)
"""

# source: input.sql:13
S040 = """\
INSERT INTO qa_db.claims
VALUES
  (3, 'CLOSED', 300.00)
"""

# source: input.sql:14
S050 = """\
INSERT INTO qa_db.claims
VALUES
  (4, 'CLOSED', 400.00)
"""

# source: input.sql:15
S060 = """\
INSERT INTO qa_db.claims
VALUES
  (5, 'CLOSED', 500.00)
"""

# source: input.sql:16
S070 = """\
INSERT INTO qa_db.claims
VALUES
  (6, 'CLOSED', 600.00)
"""

# source: input.sql:17
S080 = """\
INSERT INTO qa_db.claims
VALUES
  (7, 'OPEN', 70.00)
"""

# source: input.sql:18
S090 = """\
INSERT INTO qa_db.claims
VALUES
  (8, 'OPEN', NULL)
"""

# source: input.sql:20
S100 = """\
CREATE TABLE qa_db.claim_sample (
  sample_cd STRING,
  claim_id INT,
  status STRING
)
USING PARQUET
"""

# source: input.sql:28
S110 = """\
CREATE TABLE qa_db.result_sample_check (
  sample_cd STRING,
  n_rows INT,
  n_distinct INT,
  n_status INT
)
USING PARQUET
"""

# source: input.sql:37
S120 = """\
INSERT INTO qa_db.claim_sample
SELECT
  'OPEN2',
  claim_id,
  status
FROM qa_db.claims
WHERE
  UPPER(RTRIM(status)) = 'OPEN'
ORDER BY
  RAND() NULLS LAST
LIMIT 2
"""

# source: input.sql:43
S130 = """\
INSERT INTO qa_db.claim_sample
SELECT
  'ALL',
  claim_id,
  status
FROM qa_db.claims
ORDER BY
  RAND() NULLS LAST
LIMIT 50
"""

# source: input.sql:48
S140 = """\
INSERT INTO qa_db.claim_sample
SELECT
  'BIG3',
  claim_id,
  status
FROM qa_db.claims
WHERE
  amt >= 300
ORDER BY
  RAND() NULLS LAST
LIMIT 3
"""

# source: input.sql:54
S150 = """\
INSERT INTO qa_db.result_sample_check
SELECT
  MIN(sample_cd) AS sample_cd,
  COUNT(*),
  COUNT(DISTINCT claim_id),
  COUNT(DISTINCT UPPER(RTRIM(status)))
FROM qa_db.claim_sample
GROUP BY
  UPPER(RTRIM(sample_cd))
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qa_db.claims')
        script.sql('S030', S030, writes='qa_db.claims')
        script.sql('S040', S040, writes='qa_db.claims')
        script.sql('S050', S050, writes='qa_db.claims')
        script.sql('S060', S060, writes='qa_db.claims')
        script.sql('S070', S070, writes='qa_db.claims')
        script.sql('S080', S080, writes='qa_db.claims')
        script.sql('S090', S090, writes='qa_db.claims')
        script.sql('S100', S100)
        script.sql('S110', S110)
        script.sql('S120', S120, writes='qa_db.claim_sample')
        script.sql('S130', S130, writes='qa_db.claim_sample')
        script.sql('S140', S140, writes='qa_db.claim_sample')
        script.sql('S150', S150, writes='qa_db.result_sample_check')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
