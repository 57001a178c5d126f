"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Teradata UPDATE ... FROM where the target is not repeated in FROM: the target is referenced
#    by its table name in SET/WHERE, the FROM lists only a derived table with aggregation; a second
#    UPDATE with a target alias (UPDATE t AS x FROM s) and a filter on both sides
# source: input.sql:4
S010 = """\
CREATE TABLE dml2_db.region_tot (
  region STRING NOT NULL,
  total INT,
  n_big INT,
  updated CHAR(1)
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
CREATE TABLE dml2_db.sales_rows (
  id INT NOT NULL,
  region STRING,
  amt INT
)
USING PARQUET
"""

# source: input.sql:21
S030 = """\
INSERT INTO dml2_db.region_tot
VALUES
  ('N', 0, 0, 'n')
"""

# source: input.sql:22
S040 = """\
INSERT INTO dml2_db.region_tot
VALUES
  ('S', 0, 0, 'n')
"""

# source: input.sql:23
S050 = """\
INSERT INTO dml2_db.region_tot
VALUES
  ('E', 99, 9, 'n')
"""

# source: input.sql:24
S060 = """\
INSERT INTO dml2_db.sales_rows
VALUES
  (1, 'N', 10)
"""

# source: input.sql:25
S070 = """\
INSERT INTO dml2_db.sales_rows
VALUES
  (2, 'N', 200)
"""

# source: input.sql:26
S080 = """\
INSERT INTO dml2_db.sales_rows
VALUES
  (3, 'S', 150)
"""

# source: input.sql:27
S090 = """\
INSERT INTO dml2_db.sales_rows
VALUES
  (4, 'S', NULL)
"""

# source: input.sql:28
S100 = """\
INSERT INTO dml2_db.sales_rows
VALUES
  (5, 'W', 5)
"""

# source: input.sql:30
S110_SET = {
    'total': "agg.s",
    'n_big': "agg.nb",
    'updated': "'y'",
}
S110_WHERE = "region_tot.region = agg.region"

# source: input.sql:36
S120_SET = {
    'total': "r.total + x.id",
}
S120_WHERE = """\
UPPER(RTRIM(r.region)) = UPPER(RTRIM(x.region))
AND x.amt IS NULL
AND UPPER(RTRIM(r.updated)) = 'Y'
"""

# source: input.sql:43
S130 = """\
CREATE TABLE dml2_db.result_upd_from2 (
  region STRING,
  total INT,
  n_big INT,
  updated CHAR(1)
)
USING PARQUET
"""

# source: input.sql:52
S140 = """\
INSERT INTO dml2_db.result_upd_from2
SELECT
  region,
  total,
  n_big,
  updated
FROM dml2_db.region_tot
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='dml2_db.region_tot')
        script.sql('S040', S040, writes='dml2_db.region_tot')
        script.sql('S050', S050, writes='dml2_db.region_tot')
        script.sql('S060', S060, writes='dml2_db.sales_rows')
        script.sql('S070', S070, writes='dml2_db.sales_rows')
        script.sql('S080', S080, writes='dml2_db.sales_rows')
        script.sql('S090', S090, writes='dml2_db.sales_rows')
        script.sql('S100', S100, writes='dml2_db.sales_rows')
        script.update('S110', 'dml2_db.region_tot', 'region_tot', S110_SET, sources='(SELECT MIN(region) AS region, SUM(amt) AS s, SUM(CASE WHEN amt > 100 THEN 1 ELSE 0 END) AS nb FROM dml2_db.sales_rows GROUP BY UPPER(RTRIM(region))) AS agg', where=S110_WHERE)
        script.update('S120', 'dml2_db.region_tot', 'r', S120_SET, sources='dml2_db.sales_rows AS x', where=S120_WHERE)
        script.sql('S130', S130)
        script.sql('S140', S140, writes='dml2_db.result_upd_from2')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
