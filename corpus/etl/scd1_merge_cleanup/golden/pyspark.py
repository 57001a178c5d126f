"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# SCD1 supplier load: latest staging row per key with cleaned name and phone, MERGE with
#    COALESCE to keep known values, then flag suppliers missing from the feed inactive
# source: input.sql:3
S010 = """\
CREATE TABLE etl_db.dim_supplier (
  supp_id INT NOT NULL,
  supp_name STRING,
  phone STRING,
  status CHAR(1),
  upd_cnt INT
)
USING PARQUET
"""

# source: input.sql:13
S020 = """\
CREATE TABLE etl_db.stg_supplier (
  supp_id INT,
  supp_name STRING,
  phone STRING,
  src_seq INT
)
USING PARQUET
"""

# source: input.sql:22
S030 = """\
INSERT INTO etl_db.dim_supplier
VALUES
  (1, 'Acme', '555-0100', 'A', 0)
"""

# source: input.sql:23
S040 = """\
INSERT INTO etl_db.dim_supplier
VALUES
  (2, 'Globex', '555-0200', 'A', 0)
"""

# source: input.sql:24
S050 = """\
INSERT INTO etl_db.dim_supplier
VALUES
  (3, 'Initech', NULL, 'A', 0)
"""

# source: input.sql:26
S060 = """\
INSERT INTO etl_db.stg_supplier
VALUES
  (1, ' ACME corp ', '(555) 0101', 1)
"""

# source: input.sql:27
S070 = """\
INSERT INTO etl_db.stg_supplier
VALUES
  (1, '  Acme Corp', '555.0102', 2)
"""

# source: input.sql:28
S080 = """\
INSERT INTO etl_db.stg_supplier
VALUES
  (2, 'Globex', NULL, 1)
"""

# source: input.sql:29
S090 = """\
INSERT INTO etl_db.stg_supplier
VALUES
  (4, 'Umbrella ', '555 0400', 1)
"""

# source: input.sql:30
S100 = """\
INSERT INTO etl_db.stg_supplier
VALUES
  (5, NULL, '5550500', 1)
"""

# source: input.sql:32
S110 = """\
SELECT
  supp_id,
  supp_name,
  phone
FROM (
  SELECT
    supp_id,
    TRIM(supp_name) AS supp_name,
    REPLACE(REPLACE(REPLACE(REPLACE(phone, '(', ''), ')', ''), '.', '-'), ' ', '-') AS phone,
    ROW_NUMBER() OVER (PARTITION BY supp_id ORDER BY src_seq DESC) AS leapc_w_1
  FROM etl_db.stg_supplier
) AS leapc_t_2
WHERE
  leapc_w_1 = 1
"""

# source: input.sql:41
S120_ON = "t.supp_id = s.supp_id"

# source: input.sql:51
S130_SET = {
    'status': "'I'",
}
S130_WHERE = """\
NOT EXISTS(
  SELECT
    1
  FROM etl_db.stg_supplier AS s
  WHERE
    s.supp_id = dim_supplier.supp_id
)
"""

# source: input.sql:55
S140 = """\
CREATE TABLE etl_db.result_dim_supplier (
  supp_id INT,
  supp_name STRING,
  phone STRING,
  status CHAR(1),
  upd_cnt INT
)
USING PARQUET
"""

# source: input.sql:65
S150 = """\
INSERT INTO etl_db.result_dim_supplier
SELECT
  supp_id,
  supp_name,
  phone,
  status,
  upd_cnt
FROM etl_db.dim_supplier
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='etl_db.dim_supplier')
        script.sql('S040', S040, writes='etl_db.dim_supplier')
        script.sql('S050', S050, writes='etl_db.dim_supplier')
        script.sql('S060', S060, writes='etl_db.stg_supplier')
        script.sql('S070', S070, writes='etl_db.stg_supplier')
        script.sql('S080', S080, writes='etl_db.stg_supplier')
        script.sql('S090', S090, writes='etl_db.stg_supplier')
        script.sql('S100', S100, writes='etl_db.stg_supplier')
        script.create_volatile('S110', 'v_supp', S110)
        script.merge('S120', 'etl_db.dim_supplier', 't', 'v_supp', 's', S120_ON, sets={'supp_name': 'COALESCE(s.supp_name, t.supp_name)', 'phone': 'SUBSTRING(COALESCE(s.phone, t.phone), 1, 20)', 'upd_cnt': 't.upd_cnt + 1'}, insert_columns=['supp_id', 'supp_name', 'phone', 'status', 'upd_cnt'], insert_values=["CASE WHEN s.supp_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column supp_id') ELSE s.supp_id END", "COALESCE(s.supp_name, 'UNKNOWN')", 'SUBSTRING(s.phone, 1, 20)', "'N'", '0'])
        script.update('S130', 'etl_db.dim_supplier', 'dim_supplier', S130_SET, where=S130_WHERE)
        script.sql('S140', S140)
        script.sql('S150', S150, writes='etl_db.result_dim_supplier')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
