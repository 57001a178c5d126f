"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CHAR(n) values carry their pad blanks into CHARACTERS / CHAR_LENGTH and into ||;
#    VARCHAR values do not; || with a NULL operand is NULL
# source: input.sql:3
S010 = """\
CREATE TABLE str_db.names (
  id INT NOT NULL,
  first_c CHAR(6),
  last_c CHAR(4),
  nick_v STRING
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO str_db.names
VALUES
  (1, 'AB', 'CD', 'AB')
"""

# source: input.sql:13
S030 = """\
INSERT INTO str_db.names
VALUES
  (2, 'ABCDEF', 'WXYZ', 'ABCDEF')
"""

# source: input.sql:14
S040 = """\
INSERT INTO str_db.names
VALUES
  (3, 'Q', NULL, NULL)
"""

# source: input.sql:16
S050 = """\
CREATE TABLE str_db.result_padding (
  id INT,
  len_char INT,
  len_char2 INT,
  len_var INT,
  char_cat STRING,
  full_name STRING,
  var_cat STRING,
  trim_cat STRING
)
USING PARQUET
"""

# source: input.sql:29
S060 = """\
INSERT INTO str_db.result_padding
SELECT
  id,
  LENGTH(first_c),
  LENGTH(last_c),
  LENGTH(nick_v),
  first_c || '#',
  first_c || last_c || '|',
  nick_v || '#',
  TRIM(first_c) || '-' || TRIM(last_c)
FROM str_db.names
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='str_db.names')
        script.sql('S030', S030, writes='str_db.names')
        script.sql('S040', S040, writes='str_db.names')
        script.sql('S050', S050)
        script.sql('S060', S060, writes='str_db.result_padding')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
