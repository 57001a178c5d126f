"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Audit keys built from TIMESTAMP(6) / TIMESTAMP(0) text: CAST to CHAR/VARCHAR keeps every
#    fractional digit the type declares
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.audit_events (
  event_id INT NOT NULL,
  event_ts TIMESTAMP_NTZ,
  load_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.audit_events
VALUES
  (
    1,
    CAST('2024-02-29 23:59:59.123456' AS TIMESTAMP),
    CAST('2024-03-01 01:00:00' AS TIMESTAMP)
  )
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.audit_events
VALUES
  (
    2,
    CAST('2024-03-01 08:00:00.500000' AS TIMESTAMP),
    CAST('2024-03-01 08:00:05' AS TIMESTAMP)
  )
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.audit_events
VALUES
  (
    3,
    CAST('2024-03-01 08:00:00.000000' AS TIMESTAMP),
    CAST('2024-03-01 09:30:00' AS TIMESTAMP)
  )
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.audit_events
VALUES
  (4, NULL, CAST('2024-03-02 00:00:00' AS TIMESTAMP))
"""

# source: input.sql:16
S060 = """\
CREATE TABLE pdn_db.result_audit_keys (
  event_id INT,
  event_txt STRING,
  load_txt CHAR(19),
  audit_key STRING,
  event_len INT
)
USING PARQUET
"""

# source: input.sql:26
S070 = """\
INSERT INTO pdn_db.result_audit_keys
SELECT
  event_id,
  SUBSTRING(CAST(DATE_FORMAT(event_ts, 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS STRING), 1, 26),
  SUBSTRING(
    RPAD(
      SUBSTRING(CAST(DATE_FORMAT(load_ts, 'yyyy-MM-dd HH:mm:ss') AS STRING), 1, 19),
      19,
      ' '
    ),
    1,
    19
  ),
  TRIM(SUBSTRING(CAST(event_id AS STRING), 1, 10)) || '@' || SUBSTRING(CAST(DATE_FORMAT(event_ts, 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS STRING), 1, 26),
  LENGTH(
    SUBSTRING(CAST(DATE_FORMAT(event_ts, 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS STRING), 1, 26)
  )
FROM pdn_db.audit_events
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.audit_events')
        script.sql('S030', S030, writes='pdn_db.audit_events')
        script.sql('S040', S040, writes='pdn_db.audit_events')
        script.sql('S050', S050, writes='pdn_db.audit_events')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='pdn_db.result_audit_keys')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
