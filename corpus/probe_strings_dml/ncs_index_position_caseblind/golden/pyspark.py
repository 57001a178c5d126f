"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Finding markers in NOT CASESPECIFIC text: INDEX and POSITION match case-blind when both
#    arguments are NOT CASESPECIFIC (columns and literals, by default in Teradata mode)
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.web_user (
  user_id INT NOT NULL,
  email STRING,
  email_cs STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO sd_db.web_user
VALUES
  (1, 'ann@Example.com', 'ann@Example.com')
"""

# source: input.sql:12
S030 = """\
INSERT INTO sd_db.web_user
VALUES
  (2, 'BOB@EXAMPLE.COM', 'BOB@EXAMPLE.COM')
"""

# source: input.sql:13
S040 = """\
INSERT INTO sd_db.web_user
VALUES
  (3, 'qa.Test@corp.example', 'qa.Test@corp.example')
"""

# source: input.sql:14
S050 = """\
INSERT INTO sd_db.web_user
VALUES
  (4, 'cy@other.org', 'cy@other.org')
"""

# source: input.sql:15
S060 = """\
INSERT INTO sd_db.web_user
VALUES
  (5, NULL, NULL)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE sd_db.result_user_domain (
  user_id INT,
  example_pos INT,
  test_pos INT,
  cs_pos INT,
  domain_txt STRING
)
USING PARQUET
"""

# source: input.sql:27
S080 = """\
INSERT INTO sd_db.result_user_domain
SELECT
  user_id,
  LOCATE('EXAMPLE', UPPER(email)),
  LOCATE('TEST', UPPER(email)),
  LOCATE('example', email_cs),
  SUBSTRING(
    SUBSTRING(
      email,
      CASE
        WHEN LOCATE('@', UPPER(email)) + 1 IS NULL OR 1 IS NULL
        THEN NULL
        ELSE GREATEST(LOCATE('@', UPPER(email)) + 1, 1)
      END
    ),
    1,
    40
  )
FROM sd_db.web_user
WHERE
  LOCATE('OTHER', UPPER(email)) = 0 OR email IS NULL
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.web_user')
        script.sql('S030', S030, writes='sd_db.web_user')
        script.sql('S040', S040, writes='sd_db.web_user')
        script.sql('S050', S050, writes='sd_db.web_user')
        script.sql('S060', S060, writes='sd_db.web_user')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='sd_db.result_user_domain')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
