"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# (ts2 - ts1) DAY(4) TO SECOND / HOUR(4) TO MINUTE / MINUTE(4) and EXTRACT of their fields
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.sessions (
  id INT NOT NULL,
  ts1 TIMESTAMP_NTZ,
  ts2 TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dt_db.sessions
VALUES
  (
    1,
    CAST('2024-01-01 22:00:00' AS TIMESTAMP),
    CAST('2024-01-03 01:30:00' AS TIMESTAMP)
  )
"""

# source: input.sql:11
S030 = """\
INSERT INTO dt_db.sessions
VALUES
  (
    2,
    CAST('2024-01-01 00:00:00' AS TIMESTAMP),
    CAST('2024-05-01 12:00:00' AS TIMESTAMP)
  )
"""

# source: input.sql:12
S040 = """\
INSERT INTO dt_db.sessions
VALUES
  (
    3,
    CAST('2024-02-28 23:59:00' AS TIMESTAMP),
    CAST('2024-02-29 00:01:00' AS TIMESTAMP)
  )
"""

# source: input.sql:13
S050 = """\
INSERT INTO dt_db.sessions
VALUES
  (
    4,
    CAST('2024-03-10 08:00:00' AS TIMESTAMP),
    CAST('2024-03-10 09:15:42' AS TIMESTAMP)
  )
"""

# source: input.sql:14
S060 = """\
INSERT INTO dt_db.sessions
VALUES
  (5, CAST('2024-03-10 08:00:00' AS TIMESTAMP), NULL)
"""

# source: input.sql:16
S070 = """\
CREATE TABLE dt_db.result_durations (
  tag STRING,
  id INT,
  dd INT,
  hh INT,
  mi INT,
  ss DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:27
S080 = """\
INSERT INTO dt_db.result_durations
SELECT
  'DS',
  id,
  CAST((
    UNIX_TIMESTAMP(ts2) - UNIX_TIMESTAMP(ts1)
  ) DIV 86400 AS INT),
  CAST((
    (
      UNIX_TIMESTAMP(ts2) - UNIX_TIMESTAMP(ts1)
    ) % 86400
  ) DIV 3600 AS INT),
  CAST((
    (
      UNIX_TIMESTAMP(ts2) - UNIX_TIMESTAMP(ts1)
    ) % 3600
  ) DIV 60 AS INT),
  CAST((
    UNIX_TIMESTAMP(ts2) - UNIX_TIMESTAMP(ts1)
  ) % 60 AS INT)
FROM dt_db.sessions
"""

# source: input.sql:35
S090 = """\
INSERT INTO dt_db.result_durations
SELECT
  'HM',
  id,
  NULL,
  CAST((
    FLOOR(UNIX_TIMESTAMP(ts2) / 60) - FLOOR(UNIX_TIMESTAMP(ts1) / 60)
  ) DIV 60 AS INT),
  CAST((
    FLOOR(UNIX_TIMESTAMP(ts2) / 60) - FLOOR(UNIX_TIMESTAMP(ts1) / 60)
  ) % 60 AS INT),
  NULL
FROM dt_db.sessions
WHERE
  id IN (1, 2, 3)
"""

# source: input.sql:43
S100 = """\
INSERT INTO dt_db.result_durations
SELECT
  'MI',
  id,
  NULL,
  NULL,
  CAST((
    FLOOR(UNIX_TIMESTAMP(ts2) / 60) - FLOOR(UNIX_TIMESTAMP(ts1) / 60)
  ) AS INT),
  NULL
FROM dt_db.sessions
WHERE
  id IN (1, 3)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.sessions')
        script.sql('S030', S030, writes='dt_db.sessions')
        script.sql('S040', S040, writes='dt_db.sessions')
        script.sql('S050', S050, writes='dt_db.sessions')
        script.sql('S060', S060, writes='dt_db.sessions')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='dt_db.result_durations')
        script.sql('S090', S090, writes='dt_db.result_durations')
        script.sql('S100', S100, writes='dt_db.result_durations')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
