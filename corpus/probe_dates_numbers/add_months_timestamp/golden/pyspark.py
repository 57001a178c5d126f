"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Subscription renewals: ADD_MONTHS on TIMESTAMP(0) keeps the time of day and clamps month ends
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.subscriptions (
  sub_id INT NOT NULL,
  start_ts TIMESTAMP_NTZ,
  term_mon INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.subscriptions
VALUES
  (1, CAST('2024-01-31 18:30:00' AS TIMESTAMP), 1)
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.subscriptions
VALUES
  (2, CAST('2024-02-29 23:59:59' AS TIMESTAMP), 12)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.subscriptions
VALUES
  (3, CAST('2023-11-15 00:00:01' AS TIMESTAMP), 3)
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.subscriptions
VALUES
  (4, CAST('2024-03-31 07:45:00' AS TIMESTAMP), -1)
"""

# source: input.sql:14
S060 = """\
INSERT INTO pdn_db.subscriptions
VALUES
  (5, NULL, 6)
"""

# source: input.sql:16
S070 = """\
CREATE TABLE pdn_db.result_renewals (
  sub_id INT,
  renew_ts TIMESTAMP_NTZ,
  renew_dt DATE,
  grace_ts TIMESTAMP_NTZ,
  renew_hour INT
)
USING PARQUET
"""

# source: input.sql:26
S080 = """\
INSERT INTO pdn_db.result_renewals
SELECT
  sub_id,
  (
    start_ts + MAKE_YM_INTERVAL(0, term_mon)
  ),
  CAST((
    start_ts + MAKE_YM_INTERVAL(0, term_mon)
  ) AS DATE),
  (
    start_ts + MAKE_YM_INTERVAL(0, term_mon)
  ) + INTERVAL '36' HOUR,
  EXTRACT(HOUR FROM (
    start_ts + MAKE_YM_INTERVAL(0, term_mon)
  ))
FROM pdn_db.subscriptions
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.subscriptions')
        script.sql('S030', S030, writes='pdn_db.subscriptions')
        script.sql('S040', S040, writes='pdn_db.subscriptions')
        script.sql('S050', S050, writes='pdn_db.subscriptions')
        script.sql('S060', S060, writes='pdn_db.subscriptions')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='pdn_db.result_renewals')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
