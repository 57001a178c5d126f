"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# || with an INTEGER operand: the number is converted with its default FORMAT -(10)9, i.e.
#    right-justified in 11 characters; TRIM() of the number removes those blanks
# source: input.sql:3
S010 = """\
CREATE TABLE typ_db.orders (
  id INT NOT NULL,
  qty INT
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO typ_db.orders
VALUES
  (1, 5)
"""

# source: input.sql:11
S030 = """\
INSERT INTO typ_db.orders
VALUES
  (2, -42)
"""

# source: input.sql:12
S040 = """\
INSERT INTO typ_db.orders
VALUES
  (3, 1234567)
"""

# source: input.sql:13
S050 = """\
INSERT INTO typ_db.orders
VALUES
  (4, NULL)
"""

# source: input.sql:15
S060 = """\
CREATE TABLE typ_db.result_concat_num (
  id INT,
  raw_cat STRING,
  raw_len INT,
  trim_cat STRING
)
USING PARQUET
"""

# source: input.sql:24
S070 = """\
INSERT INTO typ_db.result_concat_num
SELECT
  id,
  SUBSTRING('[' || qty || ']', 1, 40),
  LENGTH('Q' || qty),
  SUBSTRING('Q' || TRIM(qty), 1, 40)
FROM typ_db.orders
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='typ_db.orders')
        script.sql('S030', S030, writes='typ_db.orders')
        script.sql('S040', S040, writes='typ_db.orders')
        script.sql('S050', S050, writes='typ_db.orders')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='typ_db.result_concat_num')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
