"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Building display keys from CHAR(n) columns: the pad blanks survive UPPER, COALESCE of two CHAR
#    columns, CAST to CHAR(n), and a copy into a VARCHAR staging column
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.customer (
  cust_id INT NOT NULL,
  title_cd CHAR(4),
  pref_cd CHAR(4),
  alt_cd CHAR(4),
  nick_nm STRING
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
INSERT INTO sd_db.customer
VALUES
  (1, 'mr', 'GOLD', 'SILV', 'Bob')
"""

# source: input.sql:14
S030 = """\
INSERT INTO sd_db.customer
VALUES
  (2, 'mrs', NULL, 'BR', 'Annie')
"""

# source: input.sql:15
S040 = """\
INSERT INTO sd_db.customer
VALUES
  (3, 'dr', 'PT', NULL, 'Doc')
"""

# source: input.sql:16
S050 = """\
INSERT INTO sd_db.customer
VALUES
  (4, NULL, NULL, NULL, NULL)
"""

# source: input.sql:17
S060 = """\
INSERT INTO sd_db.customer
VALUES
  (5, 'prof', 'X', 'Y', 'Sunshine')
"""

# source: input.sql:19
S070 = """\
CREATE TABLE sd_db.cust_stage (
  cust_id INT,
  title_txt STRING
)
USING PARQUET
"""

# source: input.sql:26
S080 = """\
INSERT INTO sd_db.cust_stage
SELECT
  cust_id,
  title_cd
FROM sd_db.customer
"""

# source: input.sql:30
S090 = """\
CREATE TABLE sd_db.result_cust_keys (
  cust_id INT,
  title_key STRING,
  tier_key STRING,
  nick_key STRING,
  nick_len INT,
  stage_key STRING,
  stage_len INT
)
USING PARQUET
"""

# source: input.sql:42
S100 = """\
INSERT INTO sd_db.result_cust_keys
SELECT
  c.cust_id,
  UPPER(c.title_cd) || '.',
  COALESCE(c.pref_cd, c.alt_cd) || '|',
  SUBSTRING(RPAD(SUBSTRING(CAST(c.nick_nm AS STRING), 1, 6), 6, ' ') || '|', 1, 20),
  LENGTH(RPAD(SUBSTRING(CAST(c.nick_nm AS STRING), 1, 6), 6, ' ')),
  s.title_txt || '|',
  LENGTH(s.title_txt)
FROM sd_db.customer AS c
INNER JOIN sd_db.cust_stage AS s
  ON s.cust_id = c.cust_id
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.customer')
        script.sql('S030', S030, writes='sd_db.customer')
        script.sql('S040', S040, writes='sd_db.customer')
        script.sql('S050', S050, writes='sd_db.customer')
        script.sql('S060', S060, writes='sd_db.customer')
        script.sql('S070', S070)
        script.sql('S080', S080, writes='sd_db.cust_stage')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='sd_db.result_cust_keys')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
