"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DATE and TIMESTAMP +/- INTERVAL literals of several qualifiers
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.bookings (
  id INT NOT NULL,
  bk_dt DATE,
  bk_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dt_db.bookings
VALUES
  (1, CAST('2024-02-25' AS DATE), CAST('2024-02-29 23:00:00' AS TIMESTAMP))
"""

# source: input.sql:11
S030 = """\
INSERT INTO dt_db.bookings
VALUES
  (2, CAST('2023-12-28' AS DATE), CAST('2023-12-31 22:45:00' AS TIMESTAMP))
"""

# source: input.sql:12
S040 = """\
INSERT INTO dt_db.bookings
VALUES
  (3, CAST('2024-03-15' AS DATE), CAST('2024-03-01 00:10:00' AS TIMESTAMP))
"""

# source: input.sql:13
S050 = """\
INSERT INTO dt_db.bookings
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE dt_db.result_intervals (
  id INT,
  plus_days DATE,
  minus_mon DATE,
  plus_ym DATE,
  plus_hm TIMESTAMP_NTZ,
  minus_days TIMESTAMP_NTZ,
  plus_dts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:27
S070 = """\
INSERT INTO dt_db.result_intervals
SELECT
  id,
  bk_dt + INTERVAL '10' DAY,
  bk_dt - INTERVAL '1' MONTH,
  bk_dt + INTERVAL '1-02' YEAR TO MONTH,
  bk_ts + INTERVAL '01:30' HOUR TO MINUTE,
  bk_ts - INTERVAL '2' DAY,
  bk_ts + INTERVAL '1 02:03:04' DAY TO SECOND
FROM dt_db.bookings
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.bookings')
        script.sql('S030', S030, writes='dt_db.bookings')
        script.sql('S040', S040, writes='dt_db.bookings')
        script.sql('S050', S050, writes='dt_db.bookings')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='dt_db.result_intervals')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
