"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# INDEX and POSITION: 1-based, 0 when absent, NULL in -> NULL out; used to cut e-mail domains
# source: input.sql:2
S010 = """\
CREATE TABLE str_db.contacts (
  id INT NOT NULL,
  email STRING
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO str_db.contacts
VALUES
  (1, 'ann@example.com')
"""

# source: input.sql:10
S030 = """\
INSERT INTO str_db.contacts
VALUES
  (2, 'no-at-sign')
"""

# source: input.sql:11
S040 = """\
INSERT INTO str_db.contacts
VALUES
  (3, NULL)
"""

# source: input.sql:12
S050 = """\
INSERT INTO str_db.contacts
VALUES
  (4, 'banana@an.org')
"""

# source: input.sql:14
S060 = """\
CREATE TABLE str_db.result_index (
  id INT,
  at_idx INT,
  at_pos INT,
  an_idx INT,
  domain STRING,
  user_part STRING
)
USING PARQUET
"""

# source: input.sql:25
S070 = """\
INSERT INTO str_db.result_index
SELECT
  id,
  LOCATE('@', UPPER(email)),
  LOCATE('@', UPPER(email)),
  LOCATE('AN', UPPER(email)),
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
  ),
  SUBSTRING(
    CASE
      WHEN LOCATE('@', UPPER(email)) > 0
      THEN SUBSTRING(email, 1, LOCATE('@', UPPER(email)) - 1)
      ELSE email
    END,
    1,
    40
  )
FROM str_db.contacts
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='str_db.contacts')
        script.sql('S030', S030, writes='str_db.contacts')
        script.sql('S040', S040, writes='str_db.contacts')
        script.sql('S050', S050, writes='str_db.contacts')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='str_db.result_index')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
