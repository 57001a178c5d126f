"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Strings with leading/trailing blanks (and CHAR(n) pads) converted to DATE with an explicit FORMAT
# source: input.sql:2
S010 = """\
CREATE TABLE typ_db.raw_dates (
  id INT NOT NULL,
  c CHAR(12),
  v STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO typ_db.raw_dates
VALUES
  (1, '2024-02-29', '2024-03-01  ')
"""

# source: input.sql:11
S030 = """\
INSERT INTO typ_db.raw_dates
VALUES
  (2, '1999-12-31', '  2000-01-01')
"""

# source: input.sql:12
S040 = """\
INSERT INTO typ_db.raw_dates
VALUES
  (3, NULL, ' 2023-07-15 ')
"""

# source: input.sql:14
S050 = """\
CREATE TABLE typ_db.result_str_date (
  id INT,
  c_date DATE,
  v_date DATE,
  gap INT
)
USING PARQUET
"""

# source: input.sql:23
S060 = """\
INSERT INTO typ_db.result_str_date
SELECT
  id,
  TO_DATE(TRIM(c), 'yyyy-MM-dd'),
  TO_DATE(TRIM(v), 'yyyy-MM-dd'),
  DATEDIFF(TO_DATE(TRIM(v), 'yyyy-MM-dd'), TO_DATE(TRIM(c), 'yyyy-MM-dd'))
FROM typ_db.raw_dates
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='typ_db.raw_dates')
        script.sql('S030', S030, writes='typ_db.raw_dates')
        script.sql('S040', S040, writes='typ_db.raw_dates')
        script.sql('S050', S050)
        script.sql('S060', S060, writes='typ_db.result_str_date')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
