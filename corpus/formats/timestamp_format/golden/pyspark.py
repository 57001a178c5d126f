"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CAST(string AS TIMESTAMP(0) FORMAT ...) with B (blank) and compact formats, and back to text
# source: input.sql:2
S010 = """\
CREATE TABLE fmt_db.stg_events (
  id INT NOT NULL,
  s_blank STRING,
  s_comp CHAR(14)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO fmt_db.stg_events
VALUES
  (1, '2024-02-29 13:45:10', '20240229134510')
"""

# source: input.sql:11
S030 = """\
INSERT INTO fmt_db.stg_events
VALUES
  (2, '2023-12-31 23:59:59', '20231231235959')
"""

# source: input.sql:12
S040 = """\
INSERT INTO fmt_db.stg_events
VALUES
  (3, '2024-03-01 00:00:00', '20240301000000')
"""

# source: input.sql:13
S050 = """\
INSERT INTO fmt_db.stg_events
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE fmt_db.result_ts_parsed (
  id INT,
  ts_blank TIMESTAMP_NTZ,
  ts_comp TIMESTAMP_NTZ,
  ts_text CHAR(14),
  ev_date DATE
)
USING PARQUET
"""

# source: input.sql:25
S070 = """\
INSERT INTO fmt_db.result_ts_parsed
SELECT
  id,
  TO_TIMESTAMP_NTZ(TRIM(s_blank), 'yyyy-MM-dd HH:mm:ss'),
  TO_TIMESTAMP_NTZ(TRIM(s_comp), 'yyyyMMddHHmmss'),
  SUBSTRING(
    RPAD(
      SUBSTRING(
        CAST(DATE_FORMAT(TO_TIMESTAMP_NTZ(TRIM(s_blank), 'yyyy-MM-dd HH:mm:ss'), 'yyyyMMddHHmmss') AS STRING),
        1,
        14
      ),
      14,
      ' '
    ),
    1,
    14
  ),
  CAST(TO_TIMESTAMP_NTZ(TRIM(s_comp), 'yyyyMMddHHmmss') AS DATE)
FROM fmt_db.stg_events
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fmt_db.stg_events')
        script.sql('S030', S030, writes='fmt_db.stg_events')
        script.sql('S040', S040, writes='fmt_db.stg_events')
        script.sql('S050', S050, writes='fmt_db.stg_events')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='fmt_db.result_ts_parsed')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
