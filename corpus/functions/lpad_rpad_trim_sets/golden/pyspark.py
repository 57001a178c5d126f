"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# LPAD/RPAD (truncate when longer, multi-character fill) and LTRIM/RTRIM with a set of characters
# source: input.sql:2
S010 = """\
CREATE TABLE fn_db.codes (
  id INT NOT NULL,
  s STRING,
  n INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO fn_db.codes
VALUES
  (1, 'ab', 7)
"""

# source: input.sql:11
S030 = """\
INSERT INTO fn_db.codes
VALUES
  (2, 'abcdefgh', 123456)
"""

# source: input.sql:12
S040 = """\
INSERT INTO fn_db.codes
VALUES
  (3, 'xyxAxy', -5)
"""

# source: input.sql:13
S050 = """\
INSERT INTO fn_db.codes
VALUES
  (4, '0.0120.0', 0)
"""

# source: input.sql:14
S060 = """\
INSERT INTO fn_db.codes
VALUES
  (5, NULL, NULL)
"""

# source: input.sql:16
S070 = """\
CREATE TABLE fn_db.result_pad_trim (
  id INT,
  lp0 STRING,
  lp_ab STRING,
  rp_dot STRING,
  rp_blank STRING,
  zpad STRING,
  lt_xy STRING,
  rt_z STRING
)
USING PARQUET
"""

# source: input.sql:29
S080 = """\
INSERT INTO fn_db.result_pad_trim
SELECT
  id,
  LPAD(s, 5, '0'),
  LPAD(s, 7, 'ab'),
  RPAD(s, 6, '.'),
  SUBSTRING(RPAD(s, 4) || '|', 1, 20),
  LPAD(SUBSTRING(CAST(n AS STRING), 1, 10), 6, '0'),
  TRIM(LEADING 'xy' FROM s),
  TRIM(TRAILING '0.' FROM s)
FROM fn_db.codes
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fn_db.codes')
        script.sql('S030', S030, writes='fn_db.codes')
        script.sql('S040', S040, writes='fn_db.codes')
        script.sql('S050', S050, writes='fn_db.codes')
        script.sql('S060', S060, writes='fn_db.codes')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='fn_db.result_pad_trim')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
