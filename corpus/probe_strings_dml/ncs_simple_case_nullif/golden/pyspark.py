"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Status cleansing on a NOT CASESPECIFIC column: simple CASE and NULLIF compare like '=' does
#    (case-blind, trailing blanks ignored), so 'OPEN', 'Open ' and 'open' are one status
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.order_raw (
  ord_id INT NOT NULL,
  status_cd STRING,
  region_cd STRING,
  amount DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO sd_db.order_raw
VALUES
  (1, 'open', 'EU', 10.00)
"""

# source: input.sql:13
S030 = """\
INSERT INTO sd_db.order_raw
VALUES
  (2, 'OPEN', 'eu ', 20.00)
"""

# source: input.sql:14
S040 = """\
INSERT INTO sd_db.order_raw
VALUES
  (3, 'Open  ', '', 30.00)
"""

# source: input.sql:15
S050 = """\
INSERT INTO sd_db.order_raw
VALUES
  (4, 'closed', '   ', 40.00)
"""

# source: input.sql:16
S060 = """\
INSERT INTO sd_db.order_raw
VALUES
  (5, 'N/A', 'APAC', 50.00)
"""

# source: input.sql:17
S070 = """\
INSERT INTO sd_db.order_raw
VALUES
  (6, 'n/a', NULL, 60.00)
"""

# source: input.sql:18
S080 = """\
INSERT INTO sd_db.order_raw
VALUES
  (7, NULL, 'us', 70.00)
"""

# source: input.sql:19
S090 = """\
INSERT INTO sd_db.order_raw
VALUES
  (8, 'Closed', 'US', 80.00)
"""

# source: input.sql:21
S100 = """\
CREATE TABLE sd_db.result_status_clean (
  ord_id INT,
  status_grp CHAR(1),
  is_na CHAR(1),
  region_std STRING,
  region_key STRING
)
USING PARQUET
"""

# source: input.sql:31
S110 = """\
INSERT INTO sd_db.result_status_clean
SELECT
  ord_id,
  CASE UPPER(RTRIM(status_cd)) WHEN 'OPEN' THEN 'O' WHEN 'CLOSED' THEN 'C' ELSE 'X' END,
  CASE
    WHEN CASE WHEN UPPER(RTRIM(status_cd)) = 'N/A' THEN NULL ELSE status_cd END IS NULL
    THEN 'Y'
    ELSE 'N'
  END,
  UPPER(CASE WHEN UPPER(RTRIM(region_cd)) = '' THEN NULL ELSE region_cd END),
  CASE UPPER(RTRIM(region_cd))
    WHEN 'EU'
    THEN 'EMEA'
    WHEN ''
    THEN 'NONE'
    ELSE UPPER(region_cd)
  END
FROM sd_db.order_raw
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.order_raw')
        script.sql('S030', S030, writes='sd_db.order_raw')
        script.sql('S040', S040, writes='sd_db.order_raw')
        script.sql('S050', S050, writes='sd_db.order_raw')
        script.sql('S060', S060, writes='sd_db.order_raw')
        script.sql('S070', S070, writes='sd_db.order_raw')
        script.sql('S080', S080, writes='sd_db.order_raw')
        script.sql('S090', S090, writes='sd_db.order_raw')
        script.sql('S100', S100)
        script.sql('S110', S110, writes='sd_db.result_status_clean')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
