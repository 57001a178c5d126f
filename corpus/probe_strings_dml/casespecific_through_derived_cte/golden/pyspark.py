"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Case-sensitive SKUs ('ab-1' and 'AB-1' are different products) read through a CTE and a derived
#    table: the CASESPECIFIC attribute travels with the column, so filters and groups stay exact
# source: input.sql:3
S010 = """\
CREATE TABLE cs_db.sku_sale (
  sale_id INT NOT NULL,
  sku STRING,
  qty INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO cs_db.sku_sale
VALUES
  (1, 'AB-1', 5)
"""

# source: input.sql:12
S030 = """\
INSERT INTO cs_db.sku_sale
VALUES
  (2, 'ab-1', 3)
"""

# source: input.sql:13
S040 = """\
INSERT INTO cs_db.sku_sale
VALUES
  (3, 'AB-1', 2)
"""

# source: input.sql:14
S050 = """\
INSERT INTO cs_db.sku_sale
VALUES
  (4, 'Ab-1', 1)
"""

# source: input.sql:15
S060 = """\
INSERT INTO cs_db.sku_sale
VALUES
  (5, 'CD-2', 4)
"""

# source: input.sql:16
S070 = """\
INSERT INTO cs_db.sku_sale
VALUES
  (6, 'cd-2', NULL)
"""

# source: input.sql:18
S080 = """\
CREATE TABLE cs_db.result_sku_qty (
  sku STRING,
  sale_cnt INT,
  total_qty INT
)
USING PARQUET
"""

# source: input.sql:26
S090 = """\
WITH recent AS (
  SELECT
    sku,
    qty
  FROM cs_db.sku_sale
  WHERE
    sale_id > 0
)
INSERT INTO cs_db.result_sku_qty
SELECT
  MIN(d.sku) AS sku,
  COUNT(*),
  SUM(d.qty)
FROM (
  SELECT
    sku,
    qty
  FROM recent
  WHERE
    RTRIM(sku) <> 'cd-2'
) AS d
WHERE
  d.sku LIKE 'A%' OR RTRIM(d.sku) = 'CD-2'
GROUP BY
  RTRIM(d.sku)
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='cs_db.sku_sale')
        script.sql('S030', S030, writes='cs_db.sku_sale')
        script.sql('S040', S040, writes='cs_db.sku_sale')
        script.sql('S050', S050, writes='cs_db.sku_sale')
        script.sql('S060', S060, writes='cs_db.sku_sale')
        script.sql('S070', S070, writes='cs_db.sku_sale')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='cs_db.result_sku_qty')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
