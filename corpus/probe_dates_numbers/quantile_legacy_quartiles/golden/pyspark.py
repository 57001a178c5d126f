"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Sales-rep quartiles per region with the legacy QUANTILE function (GROUP BY is the partition)
# source: input.sql:2
S010 = """\
CREATE TABLE pdn_db.rep_sales (
  rep_id INT NOT NULL,
  region CHAR(2),
  revenue DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (1, 'NE', 500.00)
"""

# source: input.sql:11
S030 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (2, 'NE', 100.00)
"""

# source: input.sql:12
S040 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (3, 'NE', 300.00)
"""

# source: input.sql:13
S050 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (4, 'NE', 300.00)
"""

# source: input.sql:14
S060 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (5, 'NE', 900.00)
"""

# source: input.sql:15
S070 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (6, 'SW', 50.00)
"""

# source: input.sql:16
S080 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (7, 'SW', 75.00)
"""

# source: input.sql:17
S090 = """\
INSERT INTO pdn_db.rep_sales
VALUES
  (8, 'SW', NULL)
"""

# source: input.sql:19
S100 = """\
CREATE TABLE pdn_db.result_quartiles (
  rep_id INT,
  quartile INT,
  pctile INT
)
USING PARQUET
"""

# source: input.sql:27
S110 = """\
INSERT INTO pdn_db.result_quartiles
SELECT
  rep_id,
  CAST((
    RANK() OVER (PARTITION BY UPPER(RTRIM(region)) ORDER BY revenue ASC) - 1
  ) * 4 DIV COUNT(*) OVER (PARTITION BY UPPER(RTRIM(region))) AS INT),
  CAST((
    RANK() OVER (PARTITION BY UPPER(RTRIM(region)) ORDER BY revenue ASC) - 1
  ) * 100 DIV COUNT(*) OVER (PARTITION BY UPPER(RTRIM(region))) AS INT)
FROM pdn_db.rep_sales
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='pdn_db.rep_sales')
        script.sql('S030', S030, writes='pdn_db.rep_sales')
        script.sql('S040', S040, writes='pdn_db.rep_sales')
        script.sql('S050', S050, writes='pdn_db.rep_sales')
        script.sql('S060', S060, writes='pdn_db.rep_sales')
        script.sql('S070', S070, writes='pdn_db.rep_sales')
        script.sql('S080', S080, writes='pdn_db.rep_sales')
        script.sql('S090', S090, writes='pdn_db.rep_sales')
        script.sql('S100', S100)
        script.sql('S110', S110, writes='pdn_db.result_quartiles')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
