"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# CAST of CHAR/VARCHAR to INTEGER and DECIMAL: leading/trailing blanks are ignored, leading zeros
#    are fine, and an all-blank string converts to zero
# source: input.sql:3
S010 = """\
CREATE TABLE typ_db.raw_codes (
  id INT NOT NULL,
  c CHAR(6),
  v STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO typ_db.raw_codes
VALUES
  (1, '42', ' 12.50 ')
"""

# source: input.sql:12
S030 = """\
INSERT INTO typ_db.raw_codes
VALUES
  (2, '  42', '0012.5')
"""

# source: input.sql:13
S040 = """\
INSERT INTO typ_db.raw_codes
VALUES
  (3, '007', '-3.25')
"""

# source: input.sql:14
S050 = """\
INSERT INTO typ_db.raw_codes
VALUES
  (4, '-7', '   ')
"""

# source: input.sql:15
S060 = """\
INSERT INTO typ_db.raw_codes
VALUES
  (5, '      ', '8')
"""

# source: input.sql:16
S070 = """\
INSERT INTO typ_db.raw_codes
VALUES
  (6, NULL, NULL)
"""

# source: input.sql:18
S080 = """\
CREATE TABLE typ_db.result_char_num (
  id INT,
  c_int INT,
  c_plus INT,
  v_dec DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:27
S090 = """\
INSERT INTO typ_db.result_char_num
SELECT
  id,
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(c))) = '' THEN NULL ELSE TRIM(c) END,
    CASE WHEN c IS NULL THEN NULL ELSE '0' END
  ) AS INT),
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(c))) = '' THEN NULL ELSE TRIM(c) END,
    CASE WHEN c IS NULL THEN NULL ELSE '0' END
  ) AS INT) + 1,
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(v))) = '' THEN NULL ELSE TRIM(v) END,
    CASE WHEN v IS NULL THEN NULL ELSE '0' END
  ) AS DECIMAL(8, 2))
FROM typ_db.raw_codes
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='typ_db.raw_codes')
        script.sql('S030', S030, writes='typ_db.raw_codes')
        script.sql('S040', S040, writes='typ_db.raw_codes')
        script.sql('S050', S050, writes='typ_db.raw_codes')
        script.sql('S060', S060, writes='typ_db.raw_codes')
        script.sql('S070', S070, writes='typ_db.raw_codes')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='typ_db.result_char_num')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
