"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# A landing table holds everything as text; the load does arithmetic and comparisons on the text
#    columns, which Teradata evaluates numerically (character data converted to FLOAT)
# source: input.sql:3
S010 = """\
CREATE TABLE tx_db.landing_line (
  rec_id INT NOT NULL,
  qty_txt STRING,
  price_txt STRING,
  cat_txt STRING
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO tx_db.landing_line
VALUES
  (1, '9', '2.50', '01')
"""

# source: input.sql:13
S030 = """\
INSERT INTO tx_db.landing_line
VALUES
  (2, '10', '1.25', '2')
"""

# source: input.sql:14
S040 = """\
INSERT INTO tx_db.landing_line
VALUES
  (3, ' 12', '10.00', '03')
"""

# source: input.sql:15
S050 = """\
INSERT INTO tx_db.landing_line
VALUES
  (4, '007', '3.00', '1')
"""

# source: input.sql:16
S060 = """\
INSERT INTO tx_db.landing_line
VALUES
  (5, NULL, '4.00', '02')
"""

# source: input.sql:18
S070 = """\
CREATE TABLE tx_db.result_line (
  rec_id INT,
  qty INT,
  ext_amt DECIMAL(10, 2),
  size_cls STRING,
  cat_grp CHAR(1),
  qty_txt_ord INT
)
USING PARQUET
"""

# source: input.sql:29
S080 = """\
INSERT INTO tx_db.result_line
SELECT
  rec_id,
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(qty_txt))) = '' THEN NULL ELSE TRIM(qty_txt) END,
    CASE WHEN qty_txt IS NULL THEN NULL ELSE '0' END
  ) AS DOUBLE) + 0,
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(qty_txt))) = '' THEN NULL ELSE TRIM(qty_txt) END,
    CASE WHEN qty_txt IS NULL THEN NULL ELSE '0' END
  ) AS DOUBLE) * CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(price_txt))) = '' THEN NULL ELSE TRIM(price_txt) END,
    CASE WHEN price_txt IS NULL THEN NULL ELSE '0' END
  ) AS DOUBLE),
  CASE WHEN CAST(qty_txt AS DOUBLE) > 9 THEN 'BIG' ELSE 'SMALL' END,
  CASE WHEN CAST(cat_txt AS DOUBLE) IN (1, 3) THEN 'A' ELSE 'B' END,
  RANK() OVER (ORDER BY UPPER(RTRIM(qty_txt)))
FROM tx_db.landing_line
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='tx_db.landing_line')
        script.sql('S030', S030, writes='tx_db.landing_line')
        script.sql('S040', S040, writes='tx_db.landing_line')
        script.sql('S050', S050, writes='tx_db.landing_line')
        script.sql('S060', S060, writes='tx_db.landing_line')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='tx_db.result_line')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
