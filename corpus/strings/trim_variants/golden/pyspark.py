"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# TRIM LEADING / TRAILING / BOTH with a trim character, plain TRIM, and the length of what remains
# source: input.sql:2
S010 = """\
CREATE TABLE str_db.codes (
  id INT NOT NULL,
  code STRING,
  label STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO str_db.codes
VALUES
  (1, '00120', '  pad  ')
"""

# source: input.sql:11
S030 = """\
INSERT INTO str_db.codes
VALUES
  (2, '000', 'x.yx..')
"""

# source: input.sql:12
S040 = """\
INSERT INTO str_db.codes
VALUES
  (3, '7000', NULL)
"""

# source: input.sql:13
S050 = """\
INSERT INTO str_db.codes
VALUES
  (4, NULL, '   ')
"""

# source: input.sql:15
S060 = """\
CREATE TABLE str_db.result_trim (
  id INT,
  no_lead0 STRING,
  no_trail0 STRING,
  no_dots STRING,
  both_x STRING,
  trimmed STRING,
  trimmed_len INT
)
USING PARQUET
"""

# source: input.sql:27
S070 = """\
INSERT INTO str_db.result_trim
SELECT
  id,
  TRIM(LEADING '0' FROM code),
  TRIM(TRAILING '0' FROM code),
  TRIM(TRAILING '.' FROM label),
  TRIM(BOTH 'x' FROM label),
  SUBSTRING('[' || TRIM(label) || ']', 1, 20),
  LENGTH(TRIM(label))
FROM str_db.codes
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='str_db.codes')
        script.sql('S030', S030, writes='str_db.codes')
        script.sql('S040', S040, writes='str_db.codes')
        script.sql('S050', S050, writes='str_db.codes')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='str_db.result_trim')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
