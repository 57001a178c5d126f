"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Clickstream landing: Unix epoch seconds to TIMESTAMP(0) with the DATE + days / seconds * INTERVAL
#    idiom, then session buckets and offsets with interval arithmetic
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.raw_clicks (
  click_id INT NOT NULL,
  epoch_sec INT,
  dwell_min INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.raw_clicks
VALUES
  (1, 1709251199, 5)
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.raw_clicks
VALUES
  (2, 1709251200, 90)
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.raw_clicks
VALUES
  (3, 0, 0)
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.raw_clicks
VALUES
  (4, 1704067261, 45)
"""

# source: input.sql:15
S060 = """\
INSERT INTO pdn_db.raw_clicks
VALUES
  (5, NULL, 3)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE pdn_db.result_clicks (
  click_id INT,
  click_ts TIMESTAMP_NTZ,
  click_dt DATE,
  leave_ts TIMESTAMP_NTZ,
  hour_start TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:27
S080 = """\
INSERT INTO pdn_db.result_clicks
SELECT
  click_id,
  CAST(DATE_TRUNC(
    'SECOND',
    CAST(CAST('1970-01-01' AS DATE) + (
      CAST(epoch_sec DIV 86400 AS INT)
    ) AS TIMESTAMP_NTZ)
  ) AS TIMESTAMP_NTZ) + (
    (
      epoch_sec % 86400
    ) * INTERVAL '00:00:01' HOUR TO SECOND
  ),
  CAST('1970-01-01' AS DATE) + (
    CAST(epoch_sec DIV 86400 AS INT)
  ),
  CAST(DATE_TRUNC(
    'SECOND',
    CAST(CAST('1970-01-01' AS DATE) + (
      CAST(epoch_sec DIV 86400 AS INT)
    ) AS TIMESTAMP_NTZ)
  ) AS TIMESTAMP_NTZ) + (
    (
      epoch_sec % 86400
    ) * INTERVAL '00:00:01' HOUR TO SECOND
  ) + dwell_min * INTERVAL '1' MINUTE,
  CAST(DATE_TRUNC(
    'SECOND',
    CAST(CAST('1970-01-01' AS DATE) + (
      CAST(epoch_sec DIV 86400 AS INT)
    ) AS TIMESTAMP_NTZ)
  ) AS TIMESTAMP_NTZ) + (
    CAST((
      epoch_sec % 86400
    ) DIV 3600 AS INT) * INTERVAL '1' HOUR
  )
FROM pdn_db.raw_clicks
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.raw_clicks')
        script.sql('S030', S030, writes='pdn_db.raw_clicks')
        script.sql('S040', S040, writes='pdn_db.raw_clicks')
        script.sql('S050', S050, writes='pdn_db.raw_clicks')
        script.sql('S060', S060, writes='pdn_db.raw_clicks')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='pdn_db.result_clicks')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
