"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# MONTHS_BETWEEN: whole months for same day or both month-ends, else fraction of a 31-day month
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.periods (
  id INT NOT NULL,
  d1 DATE,
  d2 DATE
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dt_db.periods
VALUES
  (1, CAST('2024-03-31' AS DATE), CAST('2024-02-29' AS DATE))
"""

# source: input.sql:11
S030 = """\
INSERT INTO dt_db.periods
VALUES
  (2, CAST('2024-02-29' AS DATE), CAST('2024-01-31' AS DATE))
"""

# source: input.sql:12
S040 = """\
INSERT INTO dt_db.periods
VALUES
  (3, CAST('2024-03-15' AS DATE), CAST('2024-02-01' AS DATE))
"""

# source: input.sql:13
S050 = """\
INSERT INTO dt_db.periods
VALUES
  (4, CAST('2024-01-01' AS DATE), CAST('2024-03-01' AS DATE))
"""

# source: input.sql:14
S060 = """\
INSERT INTO dt_db.periods
VALUES
  (5, CAST('2024-02-29' AS DATE), CAST('2023-02-28' AS DATE))
"""

# source: input.sql:15
S070 = """\
INSERT INTO dt_db.periods
VALUES
  (6, CAST('2024-03-30' AS DATE), CAST('2024-02-29' AS DATE))
"""

# source: input.sql:16
S080 = """\
INSERT INTO dt_db.periods
VALUES
  (7, CAST('2024-02-01' AS DATE), CAST('2024-03-15' AS DATE))
"""

# source: input.sql:17
S090 = """\
INSERT INTO dt_db.periods
VALUES
  (8, CAST('2024-04-30' AS DATE), CAST('2024-03-31' AS DATE))
"""

# source: input.sql:18
S100 = """\
INSERT INTO dt_db.periods
VALUES
  (9, CAST('2024-03-31' AS DATE), CAST('2024-02-28' AS DATE))
"""

# source: input.sql:19
S110 = """\
INSERT INTO dt_db.periods
VALUES
  (10, NULL, CAST('2024-02-28' AS DATE))
"""

# source: input.sql:21
S120 = """\
CREATE TABLE dt_db.result_months_between (
  tag STRING,
  id INT,
  months DECIMAL(12, 6)
)
USING PARQUET
"""

# source: input.sql:29
S130 = """\
INSERT INTO dt_db.result_months_between
SELECT
  'ALL',
  id,
  MONTHS_BETWEEN(d1, d2)
FROM dt_db.periods
"""

# source: input.sql:33
S140 = """\
INSERT INTO dt_db.result_months_between
SELECT
  'WHOLE',
  id,
  NULL
FROM dt_db.periods
WHERE
  MONTHS_BETWEEN(d1, d2) = 1
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.periods')
        script.sql('S030', S030, writes='dt_db.periods')
        script.sql('S040', S040, writes='dt_db.periods')
        script.sql('S050', S050, writes='dt_db.periods')
        script.sql('S060', S060, writes='dt_db.periods')
        script.sql('S070', S070, writes='dt_db.periods')
        script.sql('S080', S080, writes='dt_db.periods')
        script.sql('S090', S090, writes='dt_db.periods')
        script.sql('S100', S100, writes='dt_db.periods')
        script.sql('S110', S110, writes='dt_db.periods')
        script.sql('S120', S120)
        script.sql('S130', S130, writes='dt_db.result_months_between')
        script.sql('S140', S140, writes='dt_db.result_months_between')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
