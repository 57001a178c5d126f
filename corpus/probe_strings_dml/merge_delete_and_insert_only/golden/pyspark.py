"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Subscription sync: one MERGE deletes the cancelled subscriptions (WHEN MATCHED THEN DELETE),
#    a second one only inserts the new ones (WHEN NOT MATCHED THEN INSERT)
# source: input.sql:3
S010 = """\
CREATE TABLE mg_db.subscription (
  sub_id INT NOT NULL,
  plan_cd STRING,
  expires DATE
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
CREATE TABLE mg_db.cancellation (
  sub_id INT,
  reason STRING
)
USING PARQUET
"""

# source: input.sql:18
S030 = """\
CREATE TABLE mg_db.signup_feed (
  sub_id INT,
  plan_cd STRING,
  start_dt DATE
)
USING PARQUET
"""

# source: input.sql:26
S040 = """\
INSERT INTO mg_db.subscription
VALUES
  (1, 'basic', CAST('2024-12-31' AS DATE))
"""

# source: input.sql:27
S050 = """\
INSERT INTO mg_db.subscription
VALUES
  (2, 'pro', CAST('2025-06-30' AS DATE))
"""

# source: input.sql:28
S060 = """\
INSERT INTO mg_db.subscription
VALUES
  (3, 'basic', NULL)
"""

# source: input.sql:29
S070 = """\
INSERT INTO mg_db.subscription
VALUES
  (4, 'team', CAST('2025-01-31' AS DATE))
"""

# source: input.sql:31
S080 = """\
INSERT INTO mg_db.cancellation
VALUES
  (2, 'price')
"""

# source: input.sql:32
S090 = """\
INSERT INTO mg_db.cancellation
VALUES
  (4, 'moved')
"""

# source: input.sql:33
S100 = """\
INSERT INTO mg_db.cancellation
VALUES
  (9, 'unknown id')
"""

# source: input.sql:34
S110 = """\
INSERT INTO mg_db.cancellation
VALUES
  (NULL, 'no id')
"""

# source: input.sql:36
S120 = """\
INSERT INTO mg_db.signup_feed
VALUES
  (1, 'pro', CAST('2024-03-01' AS DATE))
"""

# source: input.sql:37
S130 = """\
INSERT INTO mg_db.signup_feed
VALUES
  (4, 'team', CAST('2024-03-05' AS DATE))
"""

# source: input.sql:38
S140 = """\
INSERT INTO mg_db.signup_feed
VALUES
  (5, 'basic', CAST('2024-02-29' AS DATE))
"""

# source: input.sql:40
S150_ON = "t.sub_id = c.sub_id"

# source: input.sql:45
S160_ON = "t.sub_id = s.sub_id"


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040, writes='mg_db.subscription')
        script.sql('S050', S050, writes='mg_db.subscription')
        script.sql('S060', S060, writes='mg_db.subscription')
        script.sql('S070', S070, writes='mg_db.subscription')
        script.sql('S080', S080, writes='mg_db.cancellation')
        script.sql('S090', S090, writes='mg_db.cancellation')
        script.sql('S100', S100, writes='mg_db.cancellation')
        script.sql('S110', S110, writes='mg_db.cancellation')
        script.sql('S120', S120, writes='mg_db.signup_feed')
        script.sql('S130', S130, writes='mg_db.signup_feed')
        script.sql('S140', S140, writes='mg_db.signup_feed')
        script.merge('S150', 'mg_db.subscription', 't', 'mg_db.cancellation', 'c', S150_ON, sets={}, insert_columns=None, insert_values=None, delete_matched=True)
        script.merge('S160', 'mg_db.subscription', 't', '(SELECT sub_id, plan_cd, ADD_MONTHS(start_dt, 12) AS expires FROM mg_db.signup_feed)', 's', S160_ON, sets={}, insert_columns=['sub_id', 'plan_cd', 'expires'], insert_values=["CASE WHEN s.sub_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column sub_id') ELSE s.sub_id END", 's.plan_cd', 's.expires'])


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
