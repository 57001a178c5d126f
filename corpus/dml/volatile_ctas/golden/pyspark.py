"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Volatile table ON COMMIT PRESERVE ROWS, CREATE TABLE AS ... WITH NO DATA then INSERT,
#    CREATE TABLE AS other_table WITH DATA, CREATE VOLATILE TABLE AS (query) WITH DATA
# source: input.sql:3
S010 = """\
CREATE TABLE dml_db.items (
  item_id INT NOT NULL,
  cat STRING,
  price DECIMAL(8, 2)
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
INSERT INTO dml_db.items
VALUES
  (1, 'TOOL', 9.99)
"""

# source: input.sql:12
S030 = """\
INSERT INTO dml_db.items
VALUES
  (2, 'TOOL', 20.00)
"""

# source: input.sql:13
S040 = """\
INSERT INTO dml_db.items
VALUES
  (3, 'FOOD', 1.50)
"""

# source: input.sql:15

# source: input.sql:23
S060 = """\
SELECT
  MIN(cat) AS cat,
  COUNT(*)
FROM dml_db.items
GROUP BY
  UPPER(RTRIM(cat))
"""

# source: input.sql:25
S070 = """\
CREATE TABLE dml_db.items_empty
USING PARQUET AS
SELECT
  *
FROM (
  SELECT
    *
  FROM dml_db.items
) AS leapc_no_data
WHERE
  FALSE
"""

# source: input.sql:26
S080 = """\
INSERT INTO dml_db.items_empty
SELECT
  *
FROM dml_db.items
WHERE
  price > 5
"""

# source: input.sql:28
S090 = """\
CREATE TABLE dml_db.items_copy
USING PARQUET AS
SELECT
  *
FROM dml_db.items
"""

# source: input.sql:29
S100 = """\
INSERT INTO dml_db.items_copy
VALUES
  (4, 'FOOD', 2.25)
"""

# source: input.sql:31
S110 = """\
SELECT
  item_id,
  price
FROM dml_db.items_copy
WHERE
  UPPER(RTRIM(cat)) = 'FOOD'
"""

# source: input.sql:36
S120 = """\
CREATE TABLE dml_db.result_ctas (
  src STRING,
  k STRING,
  id INT,
  v DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:45
S130 = """\
INSERT INTO dml_db.result_ctas
SELECT
  'vt_cats',
  cat,
  NULL,
  n_items
FROM vt_cats
"""

# source: input.sql:46
S140 = """\
INSERT INTO dml_db.result_ctas
SELECT
  'empty',
  cat,
  item_id,
  price
FROM dml_db.items_empty
"""

# source: input.sql:47
S150 = """\
INSERT INTO dml_db.result_ctas
SELECT
  'copy',
  MIN(cat) AS cat,
  COUNT(*),
  SUM(price)
FROM dml_db.items_copy
GROUP BY
  UPPER(RTRIM(cat))
"""

# source: input.sql:48
S160 = """\
INSERT INTO dml_db.result_ctas
SELECT
  'vt_food',
  NULL,
  item_id,
  price
FROM vt_food
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='dml_db.items')
        script.sql('S030', S030, writes='dml_db.items')
        script.sql('S040', S040, writes='dml_db.items')
        script.create_volatile_like('S050', 'vt_cats', '`cat` STRING, `n_items` INT')
        script.insert('S060', 'vt_cats', S060)
        script.sql('S070', S070)
        script.sql('S080', S080, writes='dml_db.items_empty')
        script.sql('S090', S090)
        script.sql('S100', S100, writes='dml_db.items_copy')
        script.create_volatile('S110', 'vt_food', S110)
        script.sql('S120', S120)
        script.sql('S130', S130, writes='dml_db.result_ctas')
        script.sql('S140', S140, writes='dml_db.result_ctas')
        script.sql('S150', S150, writes='dml_db.result_ctas')
        script.sql('S160', S160, writes='dml_db.result_ctas')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
