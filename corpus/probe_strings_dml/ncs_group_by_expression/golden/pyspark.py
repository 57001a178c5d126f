"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Counting by a code prefix: GROUP BY SUBSTR(code) and DISTINCT SUBSTR(code) on a NOT CASESPECIFIC
#    (Teradata-mode default) column put 'ab', 'AB' and 'Ab' in one group
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.shipment (
  ship_id INT NOT NULL,
  route_cd STRING,
  carrier STRING,
  weight_kg INT
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO sd_db.shipment
VALUES
  (1, 'AB-100', 'dhl', 5)
"""

# source: input.sql:13
S030 = """\
INSERT INTO sd_db.shipment
VALUES
  (2, 'ab-200', 'DHL', 7)
"""

# source: input.sql:14
S040 = """\
INSERT INTO sd_db.shipment
VALUES
  (3, 'Ab-300', 'Dhl ', 1)
"""

# source: input.sql:15
S050 = """\
INSERT INTO sd_db.shipment
VALUES
  (4, 'CD-100', 'ups', 3)
"""

# source: input.sql:16
S060 = """\
INSERT INTO sd_db.shipment
VALUES
  (5, 'cd-900', 'UPS', NULL)
"""

# source: input.sql:17
S070 = """\
INSERT INTO sd_db.shipment
VALUES
  (6, NULL, 'fedex', 2)
"""

# source: input.sql:18
S080 = """\
INSERT INTO sd_db.shipment
VALUES
  (7, 'EF-1', NULL, 4)
"""

# source: input.sql:20
S090 = """\
CREATE TABLE sd_db.result_route_stats (
  kind STRING,
  grp STRING,
  ship_cnt INT,
  total_kg INT
)
USING PARQUET
"""

# source: input.sql:29
S100 = """\
INSERT INTO sd_db.result_route_stats
SELECT
  'ROUTE',
  SUBSTRING(UPPER(pfx), 1, 12),
  cnt,
  kg
FROM (
  SELECT
    MIN(SUBSTRING(route_cd, 1, 2)) AS pfx,
    COUNT(*) AS cnt,
    SUM(weight_kg) AS kg
  FROM sd_db.shipment
  GROUP BY
    UPPER(RTRIM(SUBSTRING(route_cd, 1, 2)))
) AS d
"""

# source: input.sql:37
S110 = """\
INSERT INTO sd_db.result_route_stats
SELECT
  'CARRIER',
  SUBSTRING(UPPER(c), 1, 12),
  NULL,
  NULL
FROM (
  SELECT
    MIN(TRIM(carrier)) AS c
  FROM sd_db.shipment
  GROUP BY
    UPPER(RTRIM(TRIM(carrier)))
) AS d
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='sd_db.shipment')
        script.sql('S030', S030, writes='sd_db.shipment')
        script.sql('S040', S040, writes='sd_db.shipment')
        script.sql('S050', S050, writes='sd_db.shipment')
        script.sql('S060', S060, writes='sd_db.shipment')
        script.sql('S070', S070, writes='sd_db.shipment')
        script.sql('S080', S080, writes='sd_db.shipment')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='sd_db.result_route_stats')
        script.sql('S110', S110, writes='sd_db.result_route_stats')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
