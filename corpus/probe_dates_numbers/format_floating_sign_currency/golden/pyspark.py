"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Statement lines for a print file: floating currency symbol and floating minus sign FORMATs
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.gl_lines (
  line_id INT NOT NULL,
  balance DECIMAL(9, 2),
  change DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.gl_lines
VALUES
  (1, 1234.50, -1234.50)
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.gl_lines
VALUES
  (2, 5.00, 12.25)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.gl_lines
VALUES
  (3, 0.00, -0.50)
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.gl_lines
VALUES
  (4, 98765.43, 0.00)
"""

# source: input.sql:14
S060 = """\
INSERT INTO pdn_db.gl_lines
VALUES
  (5, NULL, NULL)
"""

# source: input.sql:16
S070 = """\
CREATE TABLE pdn_db.result_print (
  line_id INT,
  bal_text CHAR(10),
  chg_text CHAR(10)
)
USING PARQUET
"""

# source: input.sql:24
S080 = """\
INSERT INTO pdn_db.result_print
SELECT
  line_id,
  SUBSTRING(
    RPAD(
      SUBSTRING(
        CAST(LPAD(CONCAT('$', FORMAT_NUMBER(ROUND(balance, 2), '##,##0.00')), 10, ' ') AS STRING),
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
        CAST(LPAD(
          CONCAT(
            CASE WHEN change < 0 THEN '-' ELSE '' END,
            FORMAT_NUMBER(ROUND(ABS(change), 2), '#####0.00')
          ),
          10,
          ' '
        ) AS STRING),
        1,
        10
      ),
      10,
      ' '
    ),
    1,
    10
  )
FROM pdn_db.gl_lines
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.gl_lines')
        script.sql('S030', S030, writes='pdn_db.gl_lines')
        script.sql('S040', S040, writes='pdn_db.gl_lines')
        script.sql('S050', S050, writes='pdn_db.gl_lines')
        script.sql('S060', S060, writes='pdn_db.gl_lines')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='pdn_db.result_print')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
