"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# DATE -> text through a FORMAT: CAST(CAST(d AS FORMAT ..) AS CHAR(n)) and the (FORMAT ..)(CHAR(n)) shorthand
# source: input.sql:2
S010 = """\
CREATE TABLE fmt_db.invoices (
  id INT NOT NULL,
  inv_dt DATE
)
USING PARQUET
"""

# source: input.sql:9
S020 = """\
INSERT INTO fmt_db.invoices
VALUES
  (1, CAST('2024-02-29' AS DATE))
"""

# source: input.sql:10
S030 = """\
INSERT INTO fmt_db.invoices
VALUES
  (2, CAST('2023-03-05' AS DATE))
"""

# source: input.sql:11
S040 = """\
INSERT INTO fmt_db.invoices
VALUES
  (3, CAST('1999-12-31' AS DATE))
"""

# source: input.sql:12
S050 = """\
INSERT INTO fmt_db.invoices
VALUES
  (4, NULL)
"""

# source: input.sql:14
S060 = """\
CREATE TABLE fmt_db.result_date_text (
  id INT,
  ymd CHAR(8),
  iso CHAR(10),
  us STRING,
  jul STRING,
  inv_key STRING
)
USING PARQUET
"""

# source: input.sql:25
S070 = """\
INSERT INTO fmt_db.result_date_text
SELECT
  id,
  SUBSTRING(RPAD(SUBSTRING(CAST(DATE_FORMAT(inv_dt, 'yyyyMMdd') AS STRING), 1, 8), 8, ' '), 1, 8),
  SUBSTRING(
    RPAD(SUBSTRING(CAST(DATE_FORMAT(inv_dt, 'yyyy-MM-dd') AS STRING), 1, 10), 10, ' '),
    1,
    10
  ),
  SUBSTRING(CAST(DATE_FORMAT(inv_dt, 'MM/dd/yyyy') AS STRING), 1, 10),
  SUBSTRING(RPAD(SUBSTRING(CAST(DATE_FORMAT(inv_dt, 'yyyyDDD') AS STRING), 1, 7), 7, ' '), 1, 7),
  SUBSTRING(
    'INV-' || RPAD(SUBSTRING(CAST(DATE_FORMAT(inv_dt, 'yyyyMMdd') AS STRING), 1, 8), 8, ' ') || '-X',
    1,
    20
  )
FROM fmt_db.invoices
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='fmt_db.invoices')
        script.sql('S030', S030, writes='fmt_db.invoices')
        script.sql('S040', S040, writes='fmt_db.invoices')
        script.sql('S050', S050, writes='fmt_db.invoices')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='fmt_db.result_date_text')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
