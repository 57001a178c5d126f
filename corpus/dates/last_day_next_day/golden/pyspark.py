"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# LAST_DAY and NEXT_DAY (next_day is strictly after the date)
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.bills (
  id INT NOT NULL,
  bill_dt DATE
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO dt_db.bills
VALUES
  (1, CAST('2024-02-10' AS DATE))
"""

# source: input.sql:10
S030 = """\
INSERT INTO dt_db.bills
VALUES
  (2, CAST('2023-02-10' AS DATE))
"""

# source: input.sql:11
S040 = """\
INSERT INTO dt_db.bills
VALUES
  (3, CAST('2024-02-26' AS DATE))
"""

# source: input.sql:12
S050 = """\
INSERT INTO dt_db.bills
VALUES
  (4, CAST('2024-02-29' AS DATE))
"""

# source: input.sql:13
S060 = """\
INSERT INTO dt_db.bills
VALUES
  (5, CAST('2024-12-31' AS DATE))
"""

# source: input.sql:14
S070 = """\
INSERT INTO dt_db.bills
VALUES
  (6, CAST('2023-01-01' AS DATE))
"""

# source: input.sql:15
S080 = """\
INSERT INTO dt_db.bills
VALUES
  (7, NULL)
"""

# source: input.sql:17
S090 = """\
CREATE TABLE dt_db.result_bill_dates (
  id INT,
  month_end DATE,
  next_monday DATE,
  next_friday DATE,
  days_left INT
)
USING PARQUET
"""

# source: input.sql:27
S100 = """\
INSERT INTO dt_db.result_bill_dates
SELECT
  id,
  LAST_DAY(bill_dt),
  NEXT_DAY(bill_dt, 'MONDAY'),
  NEXT_DAY(bill_dt, 'FRIDAY'),
  DATEDIFF(LAST_DAY(bill_dt), bill_dt)
FROM dt_db.bills
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.bills')
        script.sql('S030', S030, writes='dt_db.bills')
        script.sql('S040', S040, writes='dt_db.bills')
        script.sql('S050', S050, writes='dt_db.bills')
        script.sql('S060', S060, writes='dt_db.bills')
        script.sql('S070', S070, writes='dt_db.bills')
        script.sql('S080', S080, writes='dt_db.bills')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='dt_db.result_bill_dates')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
