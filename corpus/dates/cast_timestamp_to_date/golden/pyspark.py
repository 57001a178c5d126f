"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CAST(timestamp AS DATE) drops the time of day; grouping and filtering by that day
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.logins (
  id INT NOT NULL,
  login_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO dt_db.logins
VALUES
  (1, CAST('2024-02-29 23:59:59.999999' AS TIMESTAMP))
"""

# source: input.sql:10
S030 = """\
INSERT INTO dt_db.logins
VALUES
  (2, CAST('2024-03-01 00:00:00.000000' AS TIMESTAMP))
"""

# source: input.sql:11
S040 = """\
INSERT INTO dt_db.logins
VALUES
  (3, CAST('2024-02-29 00:00:00.000000' AS TIMESTAMP))
"""

# source: input.sql:12
S050 = """\
INSERT INTO dt_db.logins
VALUES
  (4, CAST('2024-02-28 12:30:00.000000' AS TIMESTAMP))
"""

# source: input.sql:13
S060 = """\
INSERT INTO dt_db.logins
VALUES
  (5, NULL)
"""

# source: input.sql:15
S070 = """\
CREATE TABLE dt_db.result_login_days (
  login_dt DATE,
  cnt INT,
  first_login TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:23
S080 = """\
INSERT INTO dt_db.result_login_days
SELECT
  CAST(login_ts AS DATE),
  COUNT(*),
  MIN(login_ts)
FROM dt_db.logins
WHERE
  CAST(login_ts AS DATE) >= CAST('2024-02-29' AS DATE) OR login_ts IS NULL
GROUP BY
  CAST(login_ts AS DATE)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.logins')
        script.sql('S030', S030, writes='dt_db.logins')
        script.sql('S040', S040, writes='dt_db.logins')
        script.sql('S050', S050, writes='dt_db.logins')
        script.sql('S060', S060, writes='dt_db.logins')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='dt_db.result_login_days')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
