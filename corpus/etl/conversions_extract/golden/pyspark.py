"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Extract formatting step: TO_CHAR of dates and timestamps, TO_DATE with a format,
#    TO_NUMBER of text, CAST of numbers to VARCHAR, TIME columns and TIMESTAMP(6) parts
# source: input.sql:3
S010 = """\
CREATE TABLE etl_db.shipments (
  ship_id INT NOT NULL,
  ship_dt DATE,
  ship_ts TIMESTAMP_NTZ,
  cutoff STRING,
  weight_txt STRING,
  eta_txt STRING,
  fee DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:15
S020 = """\
INSERT INTO etl_db.shipments
VALUES
  (
    1,
    CAST('2024-02-29' AS DATE),
    CAST('2024-02-29 23:59:58.750000' AS TIMESTAMP),
    '08:05:09',
    '12.75',
    '01.03.2024',
    12.50
  )
"""

# source: input.sql:16
S030 = """\
INSERT INTO etl_db.shipments
VALUES
  (
    7,
    CAST('2023-12-31' AS DATE),
    CAST('2024-01-01 00:00:00.000001' AS TIMESTAMP),
    '17:45:00',
    '-0003',
    '31.12.2023',
    1234.05
  )
"""

# source: input.sql:17
S040 = """\
INSERT INTO etl_db.shipments
VALUES
  (42, NULL, NULL, NULL, NULL, NULL, NULL)
"""

# source: input.sql:19
S050 = """\
CREATE TABLE etl_db.result_extract (
  ship_id INT,
  dt_iso STRING,
  dt_compact CHAR(8),
  dt_eu STRING,
  ts_text STRING,
  eta_dt DATE,
  eta_days INT,
  weight DECIMAL(10, 2),
  id_text STRING,
  fee_text STRING,
  cutoff STRING,
  cutoff_min INT,
  morning CHAR(1),
  ts_sec DECIMAL(8, 6)
)
USING PARQUET
"""

# source: input.sql:38
S060 = """\
INSERT INTO etl_db.result_extract
SELECT
  ship_id,
  SUBSTRING(DATE_FORMAT(ship_dt, 'yyyy-MM-dd'), 1, 10),
  SUBSTRING(DATE_FORMAT(ship_dt, 'yyyyMMdd'), 1, 8),
  SUBSTRING(DATE_FORMAT(ship_dt, 'dd/MM/yyyy'), 1, 10),
  SUBSTRING(DATE_FORMAT(ship_ts, 'yyyy-MM-dd HH:mm:ss'), 1, 19),
  TO_DATE(TRIM(eta_txt), 'dd.MM.yyyy'),
  DATEDIFF(TO_DATE(TRIM(eta_txt), 'dd.MM.yyyy'), ship_dt),
  BROUND(
    CAST(COALESCE(
      CASE WHEN UPPER(RTRIM(TRIM(weight_txt))) = '' THEN NULL ELSE TRIM(weight_txt) END,
      CASE WHEN weight_txt IS NULL THEN NULL ELSE '0' END
    ) AS DECIMAL(38, 10)),
    2
  ),
  'S-' || SUBSTRING(CAST(ship_id AS STRING), 1, 10),
  SUBSTRING(CAST(fee AS STRING), 1, 12),
  cutoff,
  EXTRACT(MINUTE FROM cutoff),
  CASE WHEN cutoff < '12:00:00' THEN 'Y' WHEN NOT cutoff IS NULL THEN 'N' END,
  EXTRACT(SECOND FROM ship_ts)
FROM etl_db.shipments
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='etl_db.shipments')
        script.sql('S030', S030, writes='etl_db.shipments')
        script.sql('S040', S040, writes='etl_db.shipments')
        script.sql('S050', S050)
        script.sql('S060', S060, writes='etl_db.result_extract')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
