"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Product codes stored in CHAR(8): LIKE sees the pad blanks, so '%7' misses codes shorter than 8
#    unless the pads are trimmed first; the column is NOT CASESPECIFIC by default (Teradata mode)
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.product (
  prod_id INT NOT NULL,
  prod_cd CHAR(8),
  prod_nm STRING
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO sd_db.product
VALUES
  (1, 'AB-107', 'Widget seven')
"""

# source: input.sql:12
S030 = """\
INSERT INTO sd_db.product
VALUES
  (2, 'ab-207', 'Gadget')
"""

# source: input.sql:13
S040 = """\
INSERT INTO sd_db.product
VALUES
  (3, 'XY-7', NULL)
"""

# source: input.sql:14
S050 = """\
INSERT INTO sd_db.product
VALUES
  (4, 'AB-10777', 'Widget max')
"""

# source: input.sql:15
S060 = """\
INSERT INTO sd_db.product
VALUES
  (5, NULL, 'Unknown')
"""

# source: input.sql:16
S070 = """\
INSERT INTO sd_db.product
VALUES
  (6, 'CD-88', 'Cable')
"""

# source: input.sql:17
S080 = """\
INSERT INTO sd_db.product
VALUES
  (7, 'xy-17', 'Hub')
"""

# source: input.sql:19
S090 = """\
CREATE TABLE sd_db.result_code_match (
  prod_id INT,
  ends_7 CHAR(1),
  ends_7_trim CHAR(1),
  seven_pad CHAR(1),
  starts_ab CHAR(1),
  nm_like CHAR(1)
)
USING PARQUET
"""

# source: input.sql:30
S100 = """\
INSERT INTO sd_db.result_code_match
SELECT
  prod_id,
  CASE WHEN UPPER(prod_cd) LIKE '%7' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(RTRIM(prod_cd)) LIKE '%7' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(prod_cd) LIKE '%7 %' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(prod_cd) LIKE 'AB%' THEN 'Y' ELSE 'N' END,
  CASE WHEN UPPER(prod_nm) LIKE '%SEVEN' THEN 'Y' ELSE 'N' END
FROM sd_db.product
WHERE
  UPPER(prod_cd) NOT LIKE 'CD%' OR prod_cd IS NULL
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.product')
        script.sql('S030', S030, writes='sd_db.product')
        script.sql('S040', S040, writes='sd_db.product')
        script.sql('S050', S050, writes='sd_db.product')
        script.sql('S060', S060, writes='sd_db.product')
        script.sql('S070', S070, writes='sd_db.product')
        script.sql('S080', S080, writes='sd_db.product')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='sd_db.result_code_match')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
