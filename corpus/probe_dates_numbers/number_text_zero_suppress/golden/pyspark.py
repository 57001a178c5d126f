"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Fixed-width extract of invoice amounts: FORMAT phrases with zero suppression (Z) and grouping
#    commas, and TO_CHAR number format models
# source: input.sql:3
S010 = """\
CREATE TABLE pdn_db.invoices (
  inv_id INT NOT NULL,
  qty INT,
  amount DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO pdn_db.invoices
VALUES
  (1, 7, 1234.50)
"""

# source: input.sql:12
S030 = """\
INSERT INTO pdn_db.invoices
VALUES
  (2, 12345, 12.05)
"""

# source: input.sql:13
S040 = """\
INSERT INTO pdn_db.invoices
VALUES
  (3, 0, 0.00)
"""

# source: input.sql:14
S050 = """\
INSERT INTO pdn_db.invoices
VALUES
  (4, 250, 987654.32)
"""

# source: input.sql:15
S060 = """\
INSERT INTO pdn_db.invoices
VALUES
  (5, NULL, NULL)
"""

# source: input.sql:17
S070 = """\
CREATE TABLE pdn_db.result_extract (
  inv_id INT,
  amt_fixed CHAR(10),
  qty_fixed CHAR(5),
  amt_text STRING,
  inv_key STRING
)
USING PARQUET
"""

# source: input.sql:27
S080 = """\
INSERT INTO pdn_db.result_extract
SELECT
  inv_id,
  SUBSTRING(
    RPAD(
      SUBSTRING(
        CAST(CASE
          WHEN amount IS NULL
          THEN NULL
          ELSE FORMAT_STRING('%,10.2f', CAST(amount AS DOUBLE))
        END AS STRING),
        1,
        10
      ),
      10,
      ' '
    ),
    1,
    10
  ),
  SUBSTRING(
    RPAD(
      SUBSTRING(
        CAST(CASE WHEN qty IS NULL THEN NULL ELSE FORMAT_STRING('%5.0f', CAST(qty AS DOUBLE)) END AS STRING),
        1,
        5
      ),
      5,
      ' '
    ),
    1,
    5
  ),
  FORMAT_NUMBER(ROUND(amount, 2), '###,##0.00'),
  SUBSTRING('INV' || FORMAT_NUMBER(ROUND(inv_id, 0), '00000'), 1, 10)
FROM pdn_db.invoices
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.invoices')
        script.sql('S030', S030, writes='pdn_db.invoices')
        script.sql('S040', S040, writes='pdn_db.invoices')
        script.sql('S050', S050, writes='pdn_db.invoices')
        script.sql('S060', S060, writes='pdn_db.invoices')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='pdn_db.result_extract')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
