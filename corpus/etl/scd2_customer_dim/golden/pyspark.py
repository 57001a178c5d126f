"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Nightly customer load: dedupe staging with QUALIFY into a volatile table, close changed
#    SCD2 versions with UPDATE ... FROM, insert new versions with a LEFT JOIN anti-join
# source: input.sql:3
S010 = """\
CREATE TABLE etl_db.stg_customer (
  cust_id INT,
  cust_name STRING,
  city STRING,
  seg_code CHAR(3),
  extract_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
CREATE TABLE etl_db.dim_customer (
  cust_sk INT NOT NULL,
  cust_id INT NOT NULL,
  cust_name STRING,
  city STRING,
  seg_code CHAR(3),
  eff_dt DATE NOT NULL,
  end_dt DATE NOT NULL,
  curr_flag CHAR(1) NOT NULL
)
USING PARQUET
"""

# source: input.sql:26
S030 = """\
INSERT INTO etl_db.dim_customer
VALUES
  (
    1,
    100,
    'Ann Lee',
    'Paris',
    'GLD',
    CAST('2023-01-01' AS DATE),
    CAST('9999-12-31' AS DATE),
    'Y'
  )
"""

# source: input.sql:27
S040 = """\
INSERT INTO etl_db.dim_customer
VALUES
  (
    2,
    200,
    'Bob Ray',
    'Lyon',
    'SLV',
    CAST('2023-01-01' AS DATE),
    CAST('9999-12-31' AS DATE),
    'Y'
  )
"""

# source: input.sql:28
S050 = """\
INSERT INTO etl_db.dim_customer
VALUES
  (
    3,
    300,
    'Cy Moe',
    'Nice',
    NULL,
    CAST('2023-01-01' AS DATE),
    CAST('9999-12-31' AS DATE),
    'Y'
  )
"""

# source: input.sql:30
S060 = """\
INSERT INTO etl_db.stg_customer
VALUES
  (100, '  ann lee ', 'Marseille', 'GLD', CAST('2024-03-01 10:00:00' AS TIMESTAMP))
"""

# source: input.sql:31
S070 = """\
INSERT INTO etl_db.stg_customer
VALUES
  (100, 'Ann Lee', 'Paris', 'GLD', CAST('2024-03-01 08:00:00' AS TIMESTAMP))
"""

# source: input.sql:32
S080 = """\
INSERT INTO etl_db.stg_customer
VALUES
  (100, 'Ann Lee', 'Toulouse', 'GLD', NULL)
"""

# source: input.sql:33
S090 = """\
INSERT INTO etl_db.stg_customer
VALUES
  (200, 'Bob Ray', 'LYON  ', 'slv', CAST('2024-03-01 09:00:00' AS TIMESTAMP))
"""

# source: input.sql:34
S100 = """\
INSERT INTO etl_db.stg_customer
VALUES
  (300, 'Cy Moe', 'Nice', 'BRZ', CAST('2024-03-01 09:00:00' AS TIMESTAMP))
"""

# source: input.sql:35
S110 = """\
INSERT INTO etl_db.stg_customer
VALUES
  (400, ' Dee Fox', NULL, 'brz', CAST('2024-03-01 11:00:00' AS TIMESTAMP))
"""

# source: input.sql:37
S120 = """\
SELECT
  cust_id,
  cust_name,
  city,
  seg_code
FROM (
  SELECT
    cust_id,
    TRIM(cust_name) AS cust_name,
    city,
    UPPER(seg_code) AS seg_code,
    ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY extract_ts DESC) AS leapc_w_1
  FROM etl_db.stg_customer
) AS leapc_t_2
WHERE
  leapc_w_1 = 1
"""

# source: input.sql:44
S130_SET = {
    'end_dt': "CAST('2024-03-01' AS DATE) - 1",
    'curr_flag': "'N'",
}
S130_WHERE = """\
d.cust_id = v.cust_id
AND UPPER(RTRIM(d.curr_flag)) = 'Y'
AND (
  UPPER(RTRIM(d.city)) <> UPPER(RTRIM(v.city))
  OR (
    d.city IS NULL AND NOT v.city IS NULL
  )
  OR (
    NOT d.city IS NULL AND v.city IS NULL
  )
  OR RTRIM(COALESCE(d.seg_code, '~')) <> RTRIM(COALESCE(v.seg_code, '~'))
)
"""

# source: input.sql:55
S140 = """\
INSERT INTO etl_db.dim_customer
SELECT
  CASE
    WHEN m.max_sk + ROW_NUMBER() OVER (ORDER BY v.cust_id) IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_sk')
    ELSE m.max_sk + ROW_NUMBER() OVER (ORDER BY v.cust_id)
  END,
  CASE
    WHEN v.cust_id IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_id')
    ELSE v.cust_id
  END,
  v.cust_name,
  v.city,
  v.seg_code,
  CAST('2024-03-01' AS DATE),
  CAST('9999-12-31' AS DATE),
  'Y'
FROM v_cust AS v
LEFT JOIN etl_db.dim_customer AS d
  ON d.cust_id = v.cust_id AND UPPER(RTRIM(d.curr_flag)) = 'Y'
CROSS JOIN (
  SELECT
    COALESCE(MAX(cust_sk), 0) AS max_sk
  FROM etl_db.dim_customer
) AS m
WHERE
  d.cust_id IS NULL
"""

# source: input.sql:65
S150 = """\
CREATE TABLE etl_db.result_dim_customer (
  cust_sk INT,
  cust_id INT,
  cust_name STRING,
  city STRING,
  seg_code CHAR(3),
  eff_dt DATE,
  end_dt DATE,
  curr_flag CHAR(1)
)
USING PARQUET
"""

# source: input.sql:78
S160 = """\
INSERT INTO etl_db.result_dim_customer
SELECT
  cust_sk,
  cust_id,
  cust_name,
  city,
  seg_code,
  eff_dt,
  end_dt,
  curr_flag
FROM etl_db.dim_customer
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='etl_db.dim_customer')
        script.sql('S040', S040, writes='etl_db.dim_customer')
        script.sql('S050', S050, writes='etl_db.dim_customer')
        script.sql('S060', S060, writes='etl_db.stg_customer')
        script.sql('S070', S070, writes='etl_db.stg_customer')
        script.sql('S080', S080, writes='etl_db.stg_customer')
        script.sql('S090', S090, writes='etl_db.stg_customer')
        script.sql('S100', S100, writes='etl_db.stg_customer')
        script.sql('S110', S110, writes='etl_db.stg_customer')
        script.create_volatile('S120', 'v_cust', S120)
        script.update('S130', 'etl_db.dim_customer', 'd', S130_SET, sources='v_cust AS v', where=S130_WHERE)
        script.sql('S140', S140, writes='etl_db.dim_customer')
        script.sql('S150', S150)
        script.sql('S160', S160, writes='etl_db.result_dim_customer')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
