"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# OREPLACE is a literal replacement ('.', '$', '(' are not regex), two-argument OREPLACE removes;
#    OTRANSLATE maps character by character and drops characters with no counterpart
# source: input.sql:3
S010 = """\
CREATE TABLE str_db.raw_values (
  id INT NOT NULL,
  txt STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO str_db.raw_values
VALUES
  (1, '1.234.567,89')
"""

# source: input.sql:11
S030 = """\
INSERT INTO str_db.raw_values
VALUES
  (2, 'a.b$c(d)a.b')
"""

# source: input.sql:12
S040 = """\
INSERT INTO str_db.raw_values
VALUES
  (3, 'abcabc')
"""

# source: input.sql:13
S050 = """\
INSERT INTO str_db.raw_values
VALUES
  (4, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE str_db.result_replace (
  id INT,
  no_dots STRING,
  ab_to_x STRING,
  no_dollar STRING,
  no_paren STRING,
  translated STRING
)
USING PARQUET
"""

# source: input.sql:26
S070 = """\
INSERT INTO str_db.result_replace
SELECT
  id,
  SUBSTRING(REPLACE(txt, '.', ''), 1, 30),
  SUBSTRING(REPLACE(txt, 'a.b', 'X'), 1, 30),
  SUBSTRING(REPLACE(txt, '$', ''), 1, 30),
  SUBSTRING(REPLACE(REPLACE(txt, '(', '['), ')', ']'), 1, 30),
  SUBSTRING(TRANSLATE(txt, 'abc.', 'x'), 1, 30)
FROM str_db.raw_values
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='str_db.raw_values')
        script.sql('S030', S030, writes='str_db.raw_values')
        script.sql('S040', S040, writes='str_db.raw_values')
        script.sql('S050', S050, writes='str_db.raw_values')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='str_db.result_replace')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
