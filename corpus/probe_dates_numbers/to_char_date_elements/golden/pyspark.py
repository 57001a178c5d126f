"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Reporting labels with TO_CHAR date/time format models: month, quarter, ISO week, day names
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.shipments (
  ship_id INT NOT NULL,
  ship_dt DATE,
  ship_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.shipments
VALUES
  (1, CAST('2024-02-29' AS DATE), CAST('2024-02-29 18:30:05' AS TIMESTAMP))
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.shipments
VALUES
  (2, CAST('2024-12-30' AS DATE), CAST('2024-12-30 00:05:00' AS TIMESTAMP))
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.shipments
VALUES
  (3, CAST('2023-01-01' AS DATE), CAST('2023-01-01 12:00:00' AS TIMESTAMP))
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.shipments
VALUES
  (4, CAST('2024-07-04' AS DATE), CAST('2024-07-04 09:15:59' AS TIMESTAMP))
"""

# source: input.sql:14
S060 = """\
INSERT INTO pdn_db.shipments
VALUES
  (5, NULL, NULL)
"""

# source: input.sql:16
S070 = """\
CREATE TABLE pdn_db.result_labels (
  ship_id INT,
  month_key STRING,
  dmy_label STRING,
  day_abbr STRING,
  qtr_label STRING,
  iso_week STRING,
  week_of_yr STRING,
  day_of_yr STRING,
  clock_24 STRING,
  clock_12 STRING
)
USING PARQUET
"""

# source: input.sql:31
S080 = """\
INSERT INTO pdn_db.result_labels
SELECT
  ship_id,
  SUBSTRING(DATE_FORMAT(ship_dt, 'yyyy-MM'), 1, 7),
  SUBSTRING(
    CONCAT(
      DATE_FORMAT(ship_dt, 'dd-'),
      UPPER(DATE_FORMAT(ship_dt, 'MMM')),
      DATE_FORMAT(ship_dt, '-yyyy')
    ),
    1,
    11
  ),
  SUBSTRING(UPPER(DATE_FORMAT(ship_dt, 'EEE')), 1, 3),
  SUBSTRING(DATE_FORMAT(ship_dt, 'yyyy') || '-Q' || CAST(QUARTER(ship_dt) AS STRING), 1, 7),
  SUBSTRING(LPAD(CAST(WEEKOFYEAR(ship_dt) AS STRING), 2, '0'), 1, 2),
  SUBSTRING(LPAD(CAST((
    DAYOFYEAR(ship_dt) - 1
  ) DIV 7 + 1 AS STRING), 2, '0'), 1, 2),
  SUBSTRING(DATE_FORMAT(ship_dt, 'DDD'), 1, 3),
  SUBSTRING(DATE_FORMAT(ship_ts, 'HH:mm:ss'), 1, 8),
  SUBSTRING(DATE_FORMAT(ship_ts, 'hh:mm a'), 1, 8)
FROM pdn_db.shipments
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.shipments')
        script.sql('S030', S030, writes='pdn_db.shipments')
        script.sql('S040', S040, writes='pdn_db.shipments')
        script.sql('S050', S050, writes='pdn_db.shipments')
        script.sql('S060', S060, writes='pdn_db.shipments')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='pdn_db.result_labels')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
