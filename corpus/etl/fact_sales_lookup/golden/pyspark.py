"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Fact reload: delete the batch's previous rows, then insert with dimension lookups on
#    NOT CASESPECIFIC codes that differ in case and trailing blanks, unknown members -> -1,
#    DATE - DATE day counts, CASE buckets and ZEROIFNULL
# source: input.sql:4
S010 = """\
CREATE TABLE etl_db.dim_product (
  prod_sk INT NOT NULL,
  prod_code CHAR(6),
  prod_name STRING
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
CREATE TABLE etl_db.dim_store (
  store_sk INT NOT NULL,
  store_code STRING,
  region STRING
)
USING PARQUET
"""

# source: input.sql:20
S030 = """\
CREATE TABLE etl_db.stg_sales (
  sale_id INT NOT NULL,
  prod_code STRING,
  store_code STRING,
  order_dt DATE,
  ship_dt DATE,
  qty INT,
  unit_price DECIMAL(9, 2)
)
USING PARQUET
"""

# source: input.sql:32
S040 = """\
CREATE TABLE etl_db.fact_sales (
  sale_id INT NOT NULL,
  prod_sk INT NOT NULL,
  store_sk INT NOT NULL,
  order_dt DATE,
  ship_days INT,
  ship_bucket STRING,
  qty INT,
  amount DECIMAL(12, 2),
  order_month INT
)
USING PARQUET
"""

# source: input.sql:46
S050 = """\
INSERT INTO etl_db.dim_product
VALUES
  (1, 'AB12', 'Widget')
"""

# source: input.sql:47
S060 = """\
INSERT INTO etl_db.dim_product
VALUES
  (2, 'CD34', 'Gadget')
"""

# source: input.sql:48
S070 = """\
INSERT INTO etl_db.dim_store
VALUES
  (10, 'S01', 'North')
"""

# source: input.sql:49
S080 = """\
INSERT INTO etl_db.dim_store
VALUES
  (11, 's02', 'South')
"""

# source: input.sql:51
S090 = """\
INSERT INTO etl_db.stg_sales
VALUES
  (
    1,
    'ab12  ',
    'S01',
    CAST('2024-01-30' AS DATE),
    CAST('2024-02-02' AS DATE),
    3,
    2.50
  )
"""

# source: input.sql:52
S100 = """\
INSERT INTO etl_db.stg_sales
VALUES
  (
    2,
    'CD34',
    'S02',
    CAST('2024-02-28' AS DATE),
    CAST('2024-03-01' AS DATE),
    NULL,
    4.00
  )
"""

# source: input.sql:53
S110 = """\
INSERT INTO etl_db.stg_sales
VALUES
  (3, 'ZZ99', 's01 ', CAST('2024-03-01' AS DATE), NULL, 1, 9.99)
"""

# source: input.sql:54
S120 = """\
INSERT INTO etl_db.stg_sales
VALUES
  (4, NULL, 'S03', CAST('2023-12-25' AS DATE), CAST('2024-01-10' AS DATE), 7, 1.10)
"""

# source: input.sql:56
S130 = """\
INSERT INTO etl_db.fact_sales
VALUES
  (1, 1, 10, CAST('2024-01-30' AS DATE), 0, 'OLD', 1, 1.00, 202401)
"""

# source: input.sql:57
S140 = """\
INSERT INTO etl_db.fact_sales
VALUES
  (9, 2, 11, CAST('2023-06-01' AS DATE), 1, 'FAST', 2, 8.00, 202306)
"""

# source: input.sql:59
S150_WHERE = """\
sale_id IN (
  SELECT
    sale_id
  FROM etl_db.stg_sales
)
"""

# source: input.sql:62
S160 = """\
INSERT INTO etl_db.fact_sales
SELECT
  CASE
    WHEN s.sale_id IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column sale_id')
    ELSE s.sale_id
  END,
  CASE
    WHEN COALESCE(p.prod_sk, -1) IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column prod_sk')
    ELSE COALESCE(p.prod_sk, -1)
  END,
  CASE
    WHEN COALESCE(st.store_sk, -1) IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column store_sk')
    ELSE COALESCE(st.store_sk, -1)
  END,
  s.order_dt,
  DATEDIFF(s.ship_dt, s.order_dt),
  CASE
    WHEN s.ship_dt IS NULL
    THEN 'OPEN'
    WHEN DATEDIFF(s.ship_dt, s.order_dt) <= 2
    THEN 'FAST'
    WHEN DATEDIFF(s.ship_dt, s.order_dt) <= 7
    THEN 'NORMAL'
    ELSE 'SLOW'
  END,
  COALESCE(s.qty, 0),
  COALESCE(s.qty, 0) * s.unit_price,
  EXTRACT(YEAR FROM s.order_dt) * 100 + EXTRACT(MONTH FROM s.order_dt)
FROM etl_db.stg_sales AS s
LEFT JOIN etl_db.dim_product AS p
  ON UPPER(RTRIM(p.prod_code)) = UPPER(RTRIM(s.prod_code))
LEFT JOIN etl_db.dim_store AS st
  ON UPPER(RTRIM(st.store_code)) = UPPER(RTRIM(s.store_code))
"""

# source: input.sql:81
S170_SET = {
    'ship_bucket': "'LATE'",
}
S170_WHERE = "UPPER(RTRIM(ship_bucket)) = 'SLOW' AND prod_sk = -1"

# source: input.sql:85
S180 = """\
CREATE TABLE etl_db.result_fact_sales (
  sale_id INT,
  prod_sk INT,
  store_sk INT,
  order_dt DATE,
  ship_days INT,
  ship_bucket STRING,
  qty INT,
  amount DECIMAL(12, 2),
  order_month INT
)
USING PARQUET
"""

# source: input.sql:99
S190 = """\
INSERT INTO etl_db.result_fact_sales
SELECT
  *
FROM etl_db.fact_sales
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040)
        script.sql('S050', S050, writes='etl_db.dim_product')
        script.sql('S060', S060, writes='etl_db.dim_product')
        script.sql('S070', S070, writes='etl_db.dim_store')
        script.sql('S080', S080, writes='etl_db.dim_store')
        script.sql('S090', S090, writes='etl_db.stg_sales')
        script.sql('S100', S100, writes='etl_db.stg_sales')
        script.sql('S110', S110, writes='etl_db.stg_sales')
        script.sql('S120', S120, writes='etl_db.stg_sales')
        script.sql('S130', S130, writes='etl_db.fact_sales')
        script.sql('S140', S140, writes='etl_db.fact_sales')
        script.delete('S150', 'etl_db.fact_sales', 'fact_sales', where=S150_WHERE)
        script.sql('S160', S160, writes='etl_db.fact_sales')
        script.update('S170', 'etl_db.fact_sales', 'fact_sales', S170_SET, where=S170_WHERE)
        script.sql('S180', S180)
        script.sql('S190', S190, writes='etl_db.result_fact_sales')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
