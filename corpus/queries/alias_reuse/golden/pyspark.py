"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Select-list aliases reused in WHERE, GROUP BY, HAVING and later select items
# source: input.sql:2
S010 = """\
CREATE TABLE qry_db.sales (
  sale_id INT NOT NULL,
  code STRING,
  amt DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO qry_db.sales
VALUES
  (1, 'AB-1', 5.00)
"""

# source: input.sql:11
S030 = """\
INSERT INTO qry_db.sales
VALUES
  (2, 'AB-2', 7.50)
"""

# source: input.sql:12
S040 = """\
INSERT INTO qry_db.sales
VALUES
  (3, 'CD-1', 4.00)
"""

# source: input.sql:13
S050 = """\
INSERT INTO qry_db.sales
VALUES
  (4, 'ZZ-9', 100.00)
"""

# source: input.sql:14
S060 = """\
INSERT INTO qry_db.sales
VALUES
  (5, 'EF-1', 30.00)
"""

# source: input.sql:15
S070 = """\
INSERT INTO qry_db.sales
VALUES
  (6, 'CD-2', 3.00)
"""

# source: input.sql:17
S080 = """\
CREATE TABLE qry_db.result_prefix (
  pfx STRING,
  tot DECIMAL(10, 2),
  n INT,
  tot_x2 DECIMAL(12, 2)
)
USING PARQUET
"""

# source: input.sql:26
S090 = """\
INSERT INTO qry_db.result_prefix
SELECT
  MIN(SUBSTRING(code, 1, 2)) AS pfx,
  SUM(amt) AS tot,
  COUNT(*) AS n,
  SUM(amt) * 2 AS tot_x2
FROM qry_db.sales
WHERE
  UPPER(RTRIM(SUBSTRING(code, 1, 2))) <> 'ZZ'
GROUP BY
  UPPER(RTRIM(SUBSTRING(code, 1, 2)))
HAVING
  SUM(amt) > 10
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='qry_db.sales')
        script.sql('S030', S030, writes='qry_db.sales')
        script.sql('S040', S040, writes='qry_db.sales')
        script.sql('S050', S050, writes='qry_db.sales')
        script.sql('S060', S060, writes='qry_db.sales')
        script.sql('S070', S070, writes='qry_db.sales')
        script.sql('S080', S080)
        script.sql('S090', S090, writes='qry_db.result_prefix')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
