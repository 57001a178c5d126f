"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Incremental load driven by a control table: take events strictly after the stored
#    TIMESTAMP(0) watermark (source has microseconds), then advance the watermark
# source: input.sql:3
S010 = """\
CREATE TABLE etl_db.etl_ctl (
  job_name STRING NOT NULL,
  last_ts TIMESTAMP_NTZ,
  last_run_dt DATE,
  rows_loaded INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
CREATE TABLE etl_db.src_events (
  event_id INT NOT NULL,
  event_ts TIMESTAMP_NTZ,
  kind STRING
)
USING PARQUET
"""

# source: input.sql:20
S030 = """\
CREATE TABLE etl_db.tgt_events (
  event_id INT NOT NULL,
  event_dt DATE,
  event_hr INT,
  kind STRING
)
USING PARQUET
"""

# source: input.sql:29
S040 = """\
INSERT INTO etl_db.etl_ctl
VALUES
  (
    'EVENTS',
    CAST('2024-03-01 10:00:00' AS TIMESTAMP),
    CAST('2024-02-29' AS DATE),
    0
  )
"""

# source: input.sql:30
S050 = """\
INSERT INTO etl_db.etl_ctl
VALUES
  ('OTHER', CAST('2024-01-01 00:00:00' AS TIMESTAMP), CAST('2024-01-01' AS DATE), 5)
"""

# source: input.sql:32
S060 = """\
INSERT INTO etl_db.src_events
VALUES
  (1, CAST('2024-03-01 09:59:59.999999' AS TIMESTAMP), 'click')
"""

# source: input.sql:33
S070 = """\
INSERT INTO etl_db.src_events
VALUES
  (2, CAST('2024-03-01 10:00:00.000000' AS TIMESTAMP), 'view')
"""

# source: input.sql:34
S080 = """\
INSERT INTO etl_db.src_events
VALUES
  (3, CAST('2024-03-01 10:00:00.000001' AS TIMESTAMP), 'CLICK')
"""

# source: input.sql:35
S090 = """\
INSERT INTO etl_db.src_events
VALUES
  (4, CAST('2024-03-01 23:30:15.250000' AS TIMESTAMP), 'buy')
"""

# source: input.sql:36
S100 = """\
INSERT INTO etl_db.src_events
VALUES
  (5, NULL, 'view')
"""

# source: input.sql:38
S110 = """\
INSERT INTO etl_db.tgt_events
SELECT
  CASE
    WHEN e.event_id IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column event_id')
    ELSE e.event_id
  END,
  CAST(e.event_ts AS DATE),
  EXTRACT(HOUR FROM e.event_ts),
  LOWER(e.kind)
FROM etl_db.src_events AS e
JOIN etl_db.etl_ctl AS c
  ON UPPER(RTRIM(c.job_name)) = 'EVENTS'
WHERE
  e.event_ts > c.last_ts
"""

# source: input.sql:45
S120_SET = {
    'last_ts': "(SELECT MAX(CAST(DATE_TRUNC('SECOND', event_ts) AS TIMESTAMP_NTZ)) FROM etl_db.src_events WHERE event_id IN (SELECT event_id FROM etl_db.tgt_events))",
    'last_run_dt': "last_run_dt + 1",
    'rows_loaded': "(SELECT COUNT(*) FROM etl_db.tgt_events)",
}
S120_WHERE = "UPPER(RTRIM(job_name)) = 'EVENTS'"

# source: input.sql:52
S130 = """\
CREATE TABLE etl_db.result_watermark (
  item STRING,
  id_or_n INT,
  dt DATE,
  ts TIMESTAMP_NTZ,
  txt STRING
)
USING PARQUET
"""

# source: input.sql:62
S140 = """\
INSERT INTO etl_db.result_watermark
SELECT
  'event',
  event_id,
  event_dt,
  NULL,
  SUBSTRING(kind || '@' || TRIM(SUBSTRING(CAST(event_hr AS STRING), 1, 5)), 1, 10)
FROM etl_db.tgt_events
"""

# source: input.sql:64
S150 = """\
INSERT INTO etl_db.result_watermark
SELECT
  job_name,
  rows_loaded,
  last_run_dt,
  last_ts,
  NULL
FROM etl_db.etl_ctl
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040, writes='etl_db.etl_ctl')
        script.sql('S050', S050, writes='etl_db.etl_ctl')
        script.sql('S060', S060, writes='etl_db.src_events')
        script.sql('S070', S070, writes='etl_db.src_events')
        script.sql('S080', S080, writes='etl_db.src_events')
        script.sql('S090', S090, writes='etl_db.src_events')
        script.sql('S100', S100, writes='etl_db.src_events')
        script.sql('S110', S110, writes='etl_db.tgt_events')
        script.update('S120', 'etl_db.etl_ctl', 'etl_ctl', S120_SET, where=S120_WHERE)
        script.sql('S130', S130)
        script.sql('S140', S140, writes='etl_db.result_watermark')
        script.sql('S150', S150, writes='etl_db.result_watermark')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
