"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Numbers rendered through a FORMAT with zero-filling 9 digits before CAST to CHAR
# source: input.sql:2
S010 = """\
CREATE TABLE fmt_db.items (
  id INT NOT NULL,
  price DECIMAL(10, 2),
  qty INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO fmt_db.items
VALUES
  (1, 5.50, 42)
"""

# source: input.sql:11
S030 = """\
INSERT INTO fmt_db.items
VALUES
  (2, 123.45, 12345)
"""

# source: input.sql:12
S040 = """\
INSERT INTO fmt_db.items
VALUES
  (3, 0.00, 7)
"""

# source: input.sql:13
S050 = """\
INSERT INTO fmt_db.items
VALUES
  (4, NULL, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE fmt_db.result_item_text (
  id INT,
  price_txt CHAR(6),
  qty_txt CHAR(5),
  item_code STRING
)
USING PARQUET
"""

# source: input.sql:24
S070 = """\
INSERT INTO fmt_db.result_item_text
SELECT
  id,
  SUBSTRING(
    RPAD(
      SUBSTRING(
        CAST(CASE
          WHEN price IS NULL
          THEN NULL
          ELSE FORMAT_STRING('%06.2f', CAST(price AS DOUBLE))
        END AS STRING),
        1,
        6
      ),
      6,
      ' '
    ),
    1,
    6
  ),
  SUBSTRING(
    RPAD(
      SUBSTRING(
        CAST(CASE
          WHEN qty IS NULL
          THEN NULL
          ELSE FORMAT_STRING('%05.0f', CAST(qty AS DOUBLE))
        END AS STRING),
        1,
        5
      ),
      5,
      ' '
    ),
    1,
    5
  ),
  SUBSTRING(
    'Q' || RPAD(
      SUBSTRING(
        CAST(CASE
          WHEN qty IS NULL
          THEN NULL
          ELSE FORMAT_STRING('%05.0f', CAST(qty AS DOUBLE))
        END AS STRING),
        1,
        5
      ),
      5,
      ' '
    ) || 'P' || RPAD(
      SUBSTRING(
        CAST(CASE
          WHEN price IS NULL
          THEN NULL
          ELSE FORMAT_STRING('%06.2f', CAST(price AS DOUBLE))
        END AS STRING),
        1,
        6
      ),
      6,
      ' '
    ),
    1,
    20
  )
FROM fmt_db.items
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fmt_db.items')
        script.sql('S030', S030, writes='fmt_db.items')
        script.sql('S040', S040, writes='fmt_db.items')
        script.sql('S050', S050, writes='fmt_db.items')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='fmt_db.result_item_text')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
