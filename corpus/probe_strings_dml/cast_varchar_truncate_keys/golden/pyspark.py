"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Short keys built by CAST to a narrower VARCHAR (Teradata truncates silently), SUBSTRING FROM/FOR
#    forms past the end of the string, and LPAD/RPAD to fixed widths
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.supplier (
  sup_id INT NOT NULL,
  sup_nm STRING,
  country STRING,
  seq_no INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO sd_db.supplier
VALUES
  (1, 'Acme Industrial Supplies', 'Germany', 7)
"""

# source: input.sql:13
S030 = """\
INSERT INTO sd_db.supplier
VALUES
  (2, 'Bolt', 'UK', 42)
"""

# source: input.sql:14
S040 = """\
INSERT INTO sd_db.supplier
VALUES
  (3, 'Cogsworth Ltd', NULL, 123456)
"""

# source: input.sql:15
S050 = """\
INSERT INTO sd_db.supplier
VALUES
  (4, NULL, 'France', NULL)
"""

# source: input.sql:16
S060 = """\
INSERT INTO sd_db.supplier
VALUES
  (5, 'Dynamo', 'Spain', 0)
"""

# source: input.sql:18
S070 = """\
CREATE TABLE sd_db.result_sup_keys (
  sup_id INT,
  short_nm STRING,
  sup_key STRING,
  mid_part STRING,
  tail_part STRING,
  seq_txt STRING,
  short_len INT
)
USING PARQUET
"""

# source: input.sql:30
S080 = """\
INSERT INTO sd_db.result_sup_keys
SELECT
  sup_id,
  SUBSTRING(CAST(sup_nm AS STRING), 1, 8),
  SUBSTRING(CAST(country AS STRING), 1, 3) || '-' || SUBSTRING(CAST(sup_nm AS STRING), 1, 4),
  SUBSTRING(sup_nm, 3, 4),
  SUBSTRING(SUBSTRING(sup_nm, 6), 1, 40),
  LPAD(SUBSTRING(CAST(seq_no AS STRING), 1, 10), 5, '0'),
  LENGTH(SUBSTRING(CAST(sup_nm AS STRING), 1, 8))
FROM sd_db.supplier
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.supplier')
        script.sql('S030', S030, writes='sd_db.supplier')
        script.sql('S040', S040, writes='sd_db.supplier')
        script.sql('S050', S050, writes='sd_db.supplier')
        script.sql('S060', S060, writes='sd_db.supplier')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='sd_db.result_sup_keys')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
