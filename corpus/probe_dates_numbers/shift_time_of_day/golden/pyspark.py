"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Shift attendance from TIME(0) clock-in/out columns: hour buckets, TIME literals in BETWEEN,
#    worked minutes as a TIME difference, and the time part of a TIMESTAMP
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.attendance (
  emp_id INT NOT NULL,
  work_dt DATE,
  clock_in STRING,
  clock_out STRING,
  badge_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO pdn_db.attendance
VALUES
  (
    1,
    CAST('2024-02-29' AS DATE),
    '05:45:00',
    '14:15:00',
    CAST('2024-02-29 05:44:00' AS TIMESTAMP)
  )
"""

# source: input.sql:14
S030 = """\
INSERT INTO pdn_db.attendance
VALUES
  (
    2,
    CAST('2024-02-29' AS DATE),
    '09:00:00',
    '17:30:00',
    CAST('2024-02-29 09:05:00' AS TIMESTAMP)
  )
"""

# source: input.sql:15
S040 = """\
INSERT INTO pdn_db.attendance
VALUES
  (
    3,
    CAST('2024-03-01' AS DATE),
    '13:59:00',
    '22:00:00',
    CAST('2024-03-01 13:50:00' AS TIMESTAMP)
  )
"""

# source: input.sql:16
S050 = """\
INSERT INTO pdn_db.attendance
VALUES
  (4, CAST('2024-03-01' AS DATE), '22:00:00', '23:59:00', NULL)
"""

# source: input.sql:18
S060 = """\
CREATE TABLE pdn_db.result_shifts (
  emp_id INT,
  in_hour INT,
  shift_code CHAR(1),
  worked_min INT,
  badge_early CHAR(1)
)
USING PARQUET
"""

# source: input.sql:28
S070 = """\
INSERT INTO pdn_db.result_shifts
SELECT
  emp_id,
  EXTRACT(HOUR FROM clock_in),
  CASE
    WHEN clock_in BETWEEN '06:00:00' AND '13:59:59'
    THEN 'D'
    WHEN clock_in < '06:00:00'
    THEN 'E'
    ELSE 'N'
  END,
  CAST((
    FLOOR(UNIX_TIMESTAMP(CAST(CONCAT('1970-01-01 ', clock_out) AS TIMESTAMP_NTZ)) / 60) - FLOOR(UNIX_TIMESTAMP(CAST(CONCAT('1970-01-01 ', clock_in) AS TIMESTAMP_NTZ)) / 60)
  ) AS INT),
  CASE WHEN DATE_FORMAT(badge_ts, 'HH:mm:ss') < clock_in THEN 'Y' ELSE 'N' END
FROM pdn_db.attendance
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.attendance')
        script.sql('S030', S030, writes='pdn_db.attendance')
        script.sql('S040', S040, writes='pdn_db.attendance')
        script.sql('S050', S050, writes='pdn_db.attendance')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='pdn_db.result_shifts')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
