"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# NOT CASESPECIFIC (default) versus CASESPECIFIC columns in =, IN, LIKE and CASE, and the
#    (CASESPECIFIC) / (NOT CASESPECIFIC) attribute overrides inside predicates
# source: input.sql:3
S010 = """\
CREATE TABLE ncs_db.tickets (
  id INT NOT NULL,
  status STRING,
  code STRING,
  note STRING
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO ncs_db.tickets
VALUES
  (1, 'Open', 'AbC', 'urgent: fix')
"""

# source: input.sql:13
S030 = """\
INSERT INTO ncs_db.tickets
VALUES
  (2, 'OPEN  ', 'abc', 'Urgent')
"""

# source: input.sql:14
S040 = """\
INSERT INTO ncs_db.tickets
VALUES
  (3, 'closed', 'ABC', 'later')
"""

# source: input.sql:15
S050 = """\
INSERT INTO ncs_db.tickets
VALUES
  (4, 'Pending', 'AbC ', 'URGENT later')
"""

# source: input.sql:16
S060 = """\
INSERT INTO ncs_db.tickets
VALUES
  (5, NULL, NULL, NULL)
"""

# source: input.sql:18
S070 = """\
CREATE TABLE ncs_db.result_predicates (
  check_name STRING,
  cnt INT,
  id_sum INT
)
USING PARQUET
"""

# source: input.sql:26
S080 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_eq',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(RTRIM(status)) = 'OPEN'
"""

# source: input.sql:28
S090 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_in',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(RTRIM(status)) IN ('PENDING', 'CLOSED')
"""

# source: input.sql:30
S100 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_like',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(note) LIKE 'URGENT%'
"""

# source: input.sql:32
S110 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_case',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  CASE
    WHEN UPPER(RTRIM(status)) = 'OPEN'
    THEN 1
    WHEN UPPER(status) LIKE 'C%'
    THEN 2
    ELSE 3
  END = 2
"""

# source: input.sql:35
S120 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_eq',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  RTRIM(code) = 'AbC'
"""

# source: input.sql:37
S130 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_like',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  code LIKE 'a%'
"""

# source: input.sql:39
S140 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_override_ncs',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  UPPER(RTRIM(code)) = 'ABC'
"""

# source: input.sql:41
S150 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'ncs_override_cs',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  RTRIM(status) = 'Open'
"""

# source: input.sql:43
S160 = """\
INSERT INTO ncs_db.result_predicates
SELECT
  'cs_upper',
  COUNT(*),
  SUM(id)
FROM ncs_db.tickets
WHERE
  RTRIM(UPPER(code)) = 'ABC'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='ncs_db.tickets')
        script.sql('S030', S030, writes='ncs_db.tickets')
        script.sql('S040', S040, writes='ncs_db.tickets')
        script.sql('S050', S050, writes='ncs_db.tickets')
        script.sql('S060', S060, writes='ncs_db.tickets')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='ncs_db.result_predicates')
        script.sql('S090', S090, writes='ncs_db.result_predicates')
        script.sql('S100', S100, writes='ncs_db.result_predicates')
        script.sql('S110', S110, writes='ncs_db.result_predicates')
        script.sql('S120', S120, writes='ncs_db.result_predicates')
        script.sql('S130', S130, writes='ncs_db.result_predicates')
        script.sql('S140', S140, writes='ncs_db.result_predicates')
        script.sql('S150', S150, writes='ncs_db.result_predicates')
        script.sql('S160', S160, writes='ncs_db.result_predicates')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
