"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Delivery SLA: elapsed intervals compared with INTERVAL thresholds
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.deliveries (
  dlv_id INT NOT NULL,
  order_dt DATE,
  ship_dt DATE,
  picked_ts TIMESTAMP_NTZ,
  loaded_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO pdn_db.deliveries
VALUES
  (
    1,
    CAST('2024-02-22' AS DATE),
    CAST('2024-02-29' AS DATE),
    CAST('2024-02-29 08:00:00' AS TIMESTAMP),
    CAST('2024-02-29 08:30:00' AS TIMESTAMP)
  )
"""

# source: input.sql:13
S030 = """\
INSERT INTO pdn_db.deliveries
VALUES
  (
    2,
    CAST('2024-02-23' AS DATE),
    CAST('2024-02-29' AS DATE),
    CAST('2024-02-29 08:00:00' AS TIMESTAMP),
    CAST('2024-02-29 08:31:00' AS TIMESTAMP)
  )
"""

# source: input.sql:14
S040 = """\
INSERT INTO pdn_db.deliveries
VALUES
  (
    3,
    CAST('2024-02-01' AS DATE),
    CAST('2024-03-01' AS DATE),
    CAST('2024-02-29 23:50:00' AS TIMESTAMP),
    CAST('2024-03-01 01:20:00' AS TIMESTAMP)
  )
"""

# source: input.sql:15
S050 = """\
INSERT INTO pdn_db.deliveries
VALUES
  (
    4,
    CAST('2024-03-01' AS DATE),
    NULL,
    CAST('2024-03-01 09:00:00' AS TIMESTAMP),
    NULL
  )
"""

# source: input.sql:17
S060 = """\
CREATE TABLE pdn_db.result_sla_flags (
  dlv_id INT,
  late_ship CHAR(1),
  slow_load CHAR(1),
  load_window CHAR(1)
)
USING PARQUET
"""

# source: input.sql:26
S070 = """\
INSERT INTO pdn_db.result_sla_flags
SELECT
  dlv_id,
  CASE WHEN CAST((
    DATEDIFF(ship_dt, order_dt)
  ) AS INT) >= 7 THEN 'Y' ELSE 'N' END,
  CASE
    WHEN CAST((
      FLOOR(UNIX_TIMESTAMP(loaded_ts) / 60) - FLOOR(UNIX_TIMESTAMP(picked_ts) / 60)
    ) AS INT) > 30
    THEN 'Y'
    ELSE 'N'
  END,
  CASE WHEN picked_ts + INTERVAL '90' MINUTE >= loaded_ts THEN 'Y' ELSE 'N' END
FROM pdn_db.deliveries
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.deliveries')
        script.sql('S030', S030, writes='pdn_db.deliveries')
        script.sql('S040', S040, writes='pdn_db.deliveries')
        script.sql('S050', S050, writes='pdn_db.deliveries')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='pdn_db.result_sla_flags')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
