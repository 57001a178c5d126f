"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Validating e-mail addresses and locating tokens: REGEXP_SIMILAR must match the whole string,
#    REGEXP_INSTR returns the position of the n-th match (0 when there is none)
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.signup (
  signup_id INT NOT NULL,
  email_txt STRING,
  ref_code STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO sd_db.signup
VALUES
  (1, 'john.doe@example.com', 'AB12-CD34-EF56')
"""

# source: input.sql:12
S030 = """\
INSERT INTO sd_db.signup
VALUES
  (2, 'Jane@Mail.ORG', 'X9')
"""

# source: input.sql:13
S040 = """\
INSERT INTO sd_db.signup
VALUES
  (3, 'bad address@x.com', 'NONE')
"""

# source: input.sql:14
S050 = """\
INSERT INTO sd_db.signup
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:15
S060 = """\
INSERT INTO sd_db.signup
VALUES
  (5, 'a@b.c extra', '12-34')
"""

# source: input.sql:17
S070 = """\
CREATE TABLE sd_db.result_signup_check (
  signup_id INT,
  email_ok_ci INT,
  email_ok_cs INT,
  digit_pos_2 INT,
  first_digit INT
)
USING PARQUET
"""

# source: input.sql:27
S080 = "INSERT INTO sd_db.result_signup_check\nSELECT\n  signup_id,\n  CASE\n    WHEN email_txt IS NULL\n    THEN NULL\n    WHEN email_txt RLIKE '(?i)^(?:[a-z0-9._]+@[a-z0-9]+\\\\.[a-z]+)\\\\z'\n    THEN 1\n    ELSE 0\n  END,\n  CASE\n    WHEN email_txt IS NULL\n    THEN NULL\n    WHEN email_txt RLIKE '^(?:[a-z0-9._]+@[a-z0-9]+\\\\.[a-z]+)\\\\z'\n    THEN 1\n    ELSE 0\n  END,\n  CASE\n    WHEN ref_code IS NULL\n    THEN NULL\n    WHEN SIZE(REGEXP_EXTRACT_ALL(ref_code, '[0-9]+', 0)) >= 2\n    THEN LENGTH(ref_code) - LENGTH(GET(SPLIT(ref_code, '[0-9]+', 3), 2)) - LENGTH(GET(REGEXP_EXTRACT_ALL(ref_code, '[0-9]+', 0), 1)) + 1\n    ELSE 0\n  END,\n  REGEXP_INSTR(ref_code, '[0-9]')\nFROM sd_db.signup"


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.signup')
        script.sql('S030', S030, writes='sd_db.signup')
        script.sql('S040', S040, writes='sd_db.signup')
        script.sql('S050', S050, writes='sd_db.signup')
        script.sql('S060', S060, writes='sd_db.signup')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='sd_db.result_signup_check')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
