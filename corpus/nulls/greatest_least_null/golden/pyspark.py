"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# GREATEST / LEAST return NULL when any argument is NULL
# source: input.sql:2
S010 = """\
CREATE TABLE nul_db.prices (
  id INT NOT NULL,
  p1 DECIMAL(8, 2),
  p2 DECIMAL(8, 2),
  p3 DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO nul_db.prices
VALUES
  (1, 10.00, 20.00, 15.00)
"""

# source: input.sql:12
S030 = """\
INSERT INTO nul_db.prices
VALUES
  (2, 10.00, NULL, 15.00)
"""

# source: input.sql:13
S040 = """\
INSERT INTO nul_db.prices
VALUES
  (3, NULL, NULL, NULL)
"""

# source: input.sql:14
S050 = """\
INSERT INTO nul_db.prices
VALUES
  (4, -1.50, 0.00, -3.25)
"""

# source: input.sql:16
S060 = """\
CREATE TABLE nul_db.result_greatest (
  id INT,
  hi DECIMAL(8, 2),
  lo DECIMAL(8, 2),
  hi_safe DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:25
S070 = """\
INSERT INTO nul_db.result_greatest
SELECT
  id,
  CASE
    WHEN (
      p1 IS NULL OR p2 IS NULL
    ) OR p3 IS NULL
    THEN NULL
    ELSE GREATEST(p1, p2, p3)
  END,
  CASE
    WHEN (
      p1 IS NULL OR p2 IS NULL
    ) OR p3 IS NULL
    THEN NULL
    ELSE LEAST(p1, p2, p3)
  END,
  CASE
    WHEN (
      COALESCE(p1, 0) IS NULL OR COALESCE(p2, 0) IS NULL
    )
    OR COALESCE(p3, 0) IS NULL
    THEN NULL
    ELSE GREATEST(COALESCE(p1, 0), COALESCE(p2, 0), COALESCE(p3, 0))
  END
FROM nul_db.prices
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='nul_db.prices')
        script.sql('S030', S030, writes='nul_db.prices')
        script.sql('S040', S040, writes='nul_db.prices')
        script.sql('S050', S050, writes='nul_db.prices')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='nul_db.result_greatest')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
