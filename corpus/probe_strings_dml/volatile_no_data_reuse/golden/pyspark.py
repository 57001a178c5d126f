"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# A volatile work table shaped by CREATE ... AS (query) WITH NO DATA, filled, changed and read by
#    later statements, then dropped and recreated with another shape
# source: input.sql:3
S010 = """\
CREATE TABLE vt_db.customer_src (
  cust_id INT NOT NULL,
  full_nm STRING,
  region_cd CHAR(2),
  spend DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
INSERT INTO vt_db.customer_src
VALUES
  (1, 'Alexandra Smith', 'N', 120.00)
"""

# source: input.sql:13
S030 = """\
INSERT INTO vt_db.customer_src
VALUES
  (2, 'Bo Li', 'SE', 80.50)
"""

# source: input.sql:14
S040 = """\
INSERT INTO vt_db.customer_src
VALUES
  (3, 'Christopher Orr', NULL, NULL)
"""

# source: input.sql:15
S050 = """\
INSERT INTO vt_db.customer_src
VALUES
  (4, 'Dee', 'w', 15.25)
"""

# source: input.sql:17
S060 = """\
SELECT
  *
FROM (
  SELECT
    cust_id,
    SUBSTRING(CAST(full_nm AS STRING), 1, 8) AS short_nm,
    region_cd,
    spend
  FROM vt_db.customer_src
) AS leapc_no_data
WHERE
  FALSE
"""

# source: input.sql:28
S070 = """\
SELECT
  CASE
    WHEN cust_id IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_id')
    ELSE cust_id
  END,
  SUBSTRING(full_nm, 1, 8),
  region_cd,
  spend
FROM vt_db.customer_src
"""

# source: input.sql:32
S080_SET = {
    'region_cd': "'XX'",
}
S080_WHERE = "region_cd IS NULL"

# source: input.sql:33
S090_WHERE = "spend < 20.00"

# source: input.sql:35
S100 = """\
CREATE TABLE vt_db.result_work (
  step INT,
  cust_id INT,
  short_nm STRING,
  region_key STRING,
  region_len INT
)
USING PARQUET
"""

# source: input.sql:45
S110 = """\
INSERT INTO vt_db.result_work
SELECT
  1,
  cust_id,
  short_nm,
  region_cd || '|',
  LENGTH(region_cd)
FROM cust_work
"""

# source: input.sql:49

# source: input.sql:51

# source: input.sql:58
S140 = """\
SELECT
  cust_id,
  CASE WHEN spend >= 100 THEN 'TOP' WHEN spend IS NULL THEN 'NEW' ELSE 'STD' END
FROM vt_db.customer_src
"""

# source: input.sql:62
S150 = """\
INSERT INTO vt_db.result_work
SELECT
  2,
  cust_id,
  tier_cd,
  NULL,
  NULL
FROM cust_work
WHERE
  UPPER(RTRIM(tier_cd)) <> 'STD'
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='vt_db.customer_src')
        script.sql('S030', S030, writes='vt_db.customer_src')
        script.sql('S040', S040, writes='vt_db.customer_src')
        script.sql('S050', S050, writes='vt_db.customer_src')
        script.create_volatile('S060', 'cust_work', S060)
        script.insert('S070', 'cust_work', S070)
        script.update('S080', 'cust_work', 'cust_work', S080_SET, where=S080_WHERE)
        script.delete('S090', 'cust_work', 'cust_work', where=S090_WHERE)
        script.sql('S100', S100)
        script.sql('S110', S110, writes='vt_db.result_work')
        script.drop_volatile('S120', 'cust_work')
        script.create_volatile_like('S130', 'cust_work', '`cust_id` INT, `tier_cd` STRING')
        script.insert('S140', 'cust_work', S140)
        script.sql('S150', S150, writes='vt_db.result_work')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
