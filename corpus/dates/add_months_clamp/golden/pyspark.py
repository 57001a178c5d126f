"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# ADD_MONTHS clamps to the last day of a shorter month but never snaps month-ends forward
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.contracts (
  id INT NOT NULL,
  start_dt DATE,
  term_m INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dt_db.contracts
VALUES
  (1, CAST('2024-01-31' AS DATE), 1)
"""

# source: input.sql:11
S030 = """\
INSERT INTO dt_db.contracts
VALUES
  (2, CAST('2023-01-31' AS DATE), 1)
"""

# source: input.sql:12
S040 = """\
INSERT INTO dt_db.contracts
VALUES
  (3, CAST('2024-02-29' AS DATE), 12)
"""

# source: input.sql:13
S050 = """\
INSERT INTO dt_db.contracts
VALUES
  (4, CAST('2023-04-30' AS DATE), 1)
"""

# source: input.sql:14
S060 = """\
INSERT INTO dt_db.contracts
VALUES
  (5, CAST('2024-03-31' AS DATE), -1)
"""

# source: input.sql:15
S070 = """\
INSERT INTO dt_db.contracts
VALUES
  (6, CAST('2024-02-29' AS DATE), 1)
"""

# source: input.sql:16
S080 = """\
INSERT INTO dt_db.contracts
VALUES
  (7, CAST('2024-06-15' AS DATE), NULL)
"""

# source: input.sql:18
S090 = """\
CREATE TABLE dt_db.result_add_months (
  tag STRING,
  id INT,
  plus_one DATE,
  plus_term DATE,
  minus_12 DATE
)
USING PARQUET
"""

# source: input.sql:28
S100 = """\
INSERT INTO dt_db.result_add_months
SELECT
  'ALL',
  id,
  ADD_MONTHS(start_dt, 1),
  ADD_MONTHS(start_dt, term_m),
  ADD_MONTHS(start_dt, -12)
FROM dt_db.contracts
"""

# source: input.sql:32
S110 = """\
INSERT INTO dt_db.result_add_months
SELECT
  'HIT',
  id,
  NULL,
  NULL,
  NULL
FROM dt_db.contracts
WHERE
  ADD_MONTHS(start_dt, 1) = CAST('2024-03-29' AS DATE)
  OR ADD_MONTHS(start_dt, 1) = CAST('2023-05-30' AS DATE)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.contracts')
        script.sql('S030', S030, writes='dt_db.contracts')
        script.sql('S040', S040, writes='dt_db.contracts')
        script.sql('S050', S050, writes='dt_db.contracts')
        script.sql('S060', S060, writes='dt_db.contracts')
        script.sql('S070', S070, writes='dt_db.contracts')
        script.sql('S080', S080, writes='dt_db.contracts')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='dt_db.result_add_months')
        script.sql('S110', S110, writes='dt_db.result_add_months')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
