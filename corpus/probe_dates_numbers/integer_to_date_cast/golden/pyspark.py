"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Legacy feed keeps dates as INTEGER yyyymmdd and as Teradata-encoded integers; convert them to DATE
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.legacy_feed (
  rec_id INT NOT NULL,
  biz_ymd INT,
  td_int_dt INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.legacy_feed
VALUES
  (1, 20240229, 1240229)
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.legacy_feed
VALUES
  (2, 19991231, 991231)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.legacy_feed
VALUES
  (3, 20000101, 1000101)
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.legacy_feed
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE pdn_db.result_dates (
  rec_id INT,
  biz_dt DATE,
  td_dt DATE,
  stored_dt DATE,
  fmt_dt DATE,
  days_apart INT
)
USING PARQUET
"""

# source: input.sql:26
S070 = """\
INSERT INTO pdn_db.result_dates
SELECT
  rec_id,
  MAKE_DATE((
    biz_ymd
  ) DIV 10000, (
    biz_ymd
  ) DIV 100 % 100, (
    biz_ymd
  ) % 100),
  MAKE_DATE(
    (
      td_int_dt + 19000000
    ) DIV 10000,
    (
      td_int_dt + 19000000
    ) DIV 100 % 100,
    (
      td_int_dt + 19000000
    ) % 100
  ),
  MAKE_DATE(
    (
      td_int_dt + 19000000
    ) DIV 10000,
    (
      td_int_dt + 19000000
    ) DIV 100 % 100,
    (
      td_int_dt + 19000000
    ) % 100
  ),
  TO_DATE(TRIM(SUBSTRING(CAST(biz_ymd AS STRING), 1, 8)), 'yyyyMMdd'),
  DATEDIFF(
    MAKE_DATE((
      biz_ymd
    ) DIV 10000, (
      biz_ymd
    ) DIV 100 % 100, (
      biz_ymd
    ) % 100),
    CAST('1999-12-31' AS DATE)
  )
FROM pdn_db.legacy_feed
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.legacy_feed')
        script.sql('S030', S030, writes='pdn_db.legacy_feed')
        script.sql('S040', S040, writes='pdn_db.legacy_feed')
        script.sql('S050', S050, writes='pdn_db.legacy_feed')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='pdn_db.result_dates')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
