"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Cleansing phone numbers and free text with REGEXP_REPLACE: all occurrences by default,
#    only the n-th with an occurrence argument, case-insensitive with match 'i'
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.contact_raw (
  contact_id INT NOT NULL,
  phone_txt STRING,
  remark_txt STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO sd_db.contact_raw
VALUES
  (1, '(555) 123-4567', 'Call after 5pm, ask for Ann')
"""

# source: input.sql:12
S030 = """\
INSERT INTO sd_db.contact_raw
VALUES
  (2, '555.987.6543', 'aaa AAA aaa')
"""

# source: input.sql:13
S040 = """\
INSERT INTO sd_db.contact_raw
VALUES
  (3, NULL, NULL)
"""

# source: input.sql:14
S050 = """\
INSERT INTO sd_db.contact_raw
VALUES
  (4, '+1 555 000 1111', 'no match here')
"""

# source: input.sql:15
S060 = """\
INSERT INTO sd_db.contact_raw
VALUES
  (5, 'ext 12', 'Alpha and ALPACA')
"""

# source: input.sql:17
S070 = """\
CREATE TABLE sd_db.result_contact_clean (
  contact_id INT,
  digits_only STRING,
  first_masked STRING,
  second_masked STRING,
  remark_ci STRING,
  remark_cs STRING
)
USING PARQUET
"""

# source: input.sql:28
S080 = """\
INSERT INTO sd_db.result_contact_clean
SELECT
  contact_id,
  REGEXP_REPLACE(phone_txt, '[^0-9]', ''),
  SUBSTRING(
    CASE
      WHEN SIZE(REGEXP_EXTRACT_ALL(phone_txt, '[0-9]+', 0)) >= 1
      THEN CONCAT(
        SUBSTRING(
          phone_txt,
          1,
          LENGTH(phone_txt) - LENGTH(GET(SPLIT(phone_txt, '[0-9]+', 2), 1)) - LENGTH(GET(REGEXP_EXTRACT_ALL(phone_txt, '[0-9]+', 0), 0))
        ),
        '#',
        GET(SPLIT(phone_txt, '[0-9]+', 2), 1)
      )
      ELSE phone_txt
    END,
    1,
    20
  ),
  SUBSTRING(
    CASE
      WHEN SIZE(REGEXP_EXTRACT_ALL(phone_txt, '[0-9]+', 0)) >= 2
      THEN CONCAT(
        SUBSTRING(
          phone_txt,
          1,
          LENGTH(phone_txt) - LENGTH(GET(SPLIT(phone_txt, '[0-9]+', 3), 2)) - LENGTH(GET(REGEXP_EXTRACT_ALL(phone_txt, '[0-9]+', 0), 1))
        ),
        '#',
        GET(SPLIT(phone_txt, '[0-9]+', 3), 2)
      )
      ELSE phone_txt
    END,
    1,
    20
  ),
  REGEXP_REPLACE(remark_txt, '(?i)a+', '_'),
  REGEXP_REPLACE(remark_txt, 'a+', '_')
FROM sd_db.contact_raw
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.contact_raw')
        script.sql('S030', S030, writes='sd_db.contact_raw')
        script.sql('S040', S040, writes='sd_db.contact_raw')
        script.sql('S050', S050, writes='sd_db.contact_raw')
        script.sql('S060', S060, writes='sd_db.contact_raw')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='sd_db.result_contact_clean')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
