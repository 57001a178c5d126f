"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# SUBSTR / SUBSTRING with start <= 0, start past the end and lengths past the end
# source: input.sql:2
S010 = """\
CREATE TABLE str_db.words (
  id INT NOT NULL,
  s STRING
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO str_db.words
VALUES
  (1, 'abcdef')
"""

# source: input.sql:10
S030 = """\
INSERT INTO str_db.words
VALUES
  (2, 'xy')
"""

# source: input.sql:11
S040 = """\
INSERT INTO str_db.words
VALUES
  (3, NULL)
"""

# source: input.sql:13
S050 = """\
CREATE TABLE str_db.result_substr (
  id INT,
  s_zero STRING,
  s_neg STRING,
  s_past STRING,
  s_tail STRING,
  s_ansi STRING,
  s_empty STRING
)
USING PARQUET
"""

# source: input.sql:25
S060 = """\
INSERT INTO str_db.result_substr
SELECT
  id,
  SUBSTRING(s, 1, 2),
  SUBSTRING(
    SUBSTRING(
      s,
      CASE WHEN -1 IS NULL OR 1 IS NULL THEN NULL ELSE GREATEST(-1, 1) END,
      CASE
        WHEN 3 - (
          CASE WHEN -1 IS NULL OR 1 IS NULL THEN NULL ELSE GREATEST(-1, 1) END - -1
        ) IS NULL
        OR 0 IS NULL
        THEN NULL
        ELSE GREATEST(
          3 - (
            CASE WHEN -1 IS NULL OR 1 IS NULL THEN NULL ELSE GREATEST(-1, 1) END - -1
          ),
          0
        )
      END
    ),
    1,
    20
  ),
  SUBSTRING(SUBSTRING(s, 2, 100), 1, 20),
  SUBSTRING(SUBSTRING(s, 3), 1, 20),
  SUBSTRING(s, 1, 1),
  SUBSTRING(
    SUBSTRING(
      s,
      CASE WHEN -3 IS NULL OR 1 IS NULL THEN NULL ELSE GREATEST(-3, 1) END,
      CASE
        WHEN 2 - (
          CASE WHEN -3 IS NULL OR 1 IS NULL THEN NULL ELSE GREATEST(-3, 1) END - -3
        ) IS NULL
        OR 0 IS NULL
        THEN NULL
        ELSE GREATEST(
          2 - (
            CASE WHEN -3 IS NULL OR 1 IS NULL THEN NULL ELSE GREATEST(-3, 1) END - -3
          ),
          0
        )
      END
    ),
    1,
    20
  )
FROM str_db.words
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='str_db.words')
        script.sql('S030', S030, writes='str_db.words')
        script.sql('S040', S040, writes='str_db.words')
        script.sql('S050', S050)
        script.sql('S060', S060, writes='str_db.result_substr')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
