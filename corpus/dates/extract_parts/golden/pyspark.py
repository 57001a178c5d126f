"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# EXTRACT of DATE and TIMESTAMP fields, fractional seconds kept
# source: input.sql:2
S010 = """\
CREATE TABLE dt_db.clicks (
  id INT NOT NULL,
  ev_dt DATE,
  ev_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO dt_db.clicks
VALUES
  (1, CAST('2024-02-29' AS DATE), CAST('2024-02-29 23:59:59.123456' AS TIMESTAMP))
"""

# source: input.sql:11
S030 = """\
INSERT INTO dt_db.clicks
VALUES
  (2, CAST('2023-12-31' AS DATE), CAST('2023-12-31 00:00:00.000000' AS TIMESTAMP))
"""

# source: input.sql:12
S040 = """\
INSERT INTO dt_db.clicks
VALUES
  (3, CAST('2024-07-04' AS DATE), CAST('2024-07-04 12:05:30.500000' AS TIMESTAMP))
"""

# source: input.sql:13
S050 = """\
INSERT INTO dt_db.clicks
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE dt_db.result_extract (
  id INT,
  yr INT,
  mon INT,
  dy INT,
  hr INT,
  mi INT,
  sec DECIMAL(8, 6),
  ts_yr INT
)
USING PARQUET
"""

# source: input.sql:28
S070 = """\
INSERT INTO dt_db.result_extract
SELECT
  id,
  EXTRACT(YEAR FROM ev_dt),
  EXTRACT(MONTH FROM ev_dt),
  EXTRACT(DAY FROM ev_dt),
  EXTRACT(HOUR FROM ev_ts),
  EXTRACT(MINUTE FROM ev_ts),
  EXTRACT(SECOND FROM ev_ts),
  EXTRACT(YEAR FROM ev_ts)
FROM dt_db.clicks
WHERE
  EXTRACT(MONTH FROM ev_dt) IN (2, 12, 7) OR ev_dt IS NULL
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dt_db.clicks')
        script.sql('S030', S030, writes='dt_db.clicks')
        script.sql('S040', S040, writes='dt_db.clicks')
        script.sql('S050', S050, writes='dt_db.clicks')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='dt_db.result_extract')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
