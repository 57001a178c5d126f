"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Incremental SCD1 load driven by a watermark: delta staged in a global temporary table that is
#    emptied and reused for every run, deduplicated, merged, counted in an audit table
# source: input.sql:3
S010 = """\
CREATE TABLE inc_db.load_ctl (
  tbl_nm STRING NOT NULL,
  last_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
CREATE TABLE inc_db.src_cust (
  cust_id INT,
  cust_nm STRING,
  tier CHAR(4),
  upd_ts TIMESTAMP_NTZ,
  src_seq INT
)
USING PARQUET
"""

# source: input.sql:20
S030 = """\
CREATE TABLE inc_db.cust_dim (
  cust_id INT NOT NULL,
  cust_nm STRING,
  tier CHAR(4)
)
USING PARQUET
"""

# source: input.sql:28

# source: input.sql:38
S050 = """\
CREATE TABLE inc_db.load_audit (
  step_cd STRING,
  row_cnt INT,
  wm_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.sql:46
S060 = """\
INSERT INTO inc_db.load_ctl
VALUES
  ('CUST', CAST('2024-05-01 00:00:00' AS TIMESTAMP))
"""

# source: input.sql:47
S070 = """\
INSERT INTO inc_db.cust_dim
VALUES
  (1, 'Ann', 'GOLD')
"""

# source: input.sql:48
S080 = """\
INSERT INTO inc_db.cust_dim
VALUES
  (2, 'Bob', 'BRNZ')
"""

# source: input.sql:50
S090 = """\
INSERT INTO inc_db.src_cust
VALUES
  (1, 'Ann', 'GOLD', CAST('2024-04-30 10:00:00' AS TIMESTAMP), 1)
"""

# source: input.sql:51
S100 = """\
INSERT INTO inc_db.src_cust
VALUES
  (1, 'Ann', 'PLAT', CAST('2024-05-02 09:00:00' AS TIMESTAMP), 2)
"""

# source: input.sql:52
S110 = """\
INSERT INTO inc_db.src_cust
VALUES
  (1, 'Ann B', 'PLAT', CAST('2024-05-02 09:00:00' AS TIMESTAMP), 3)
"""

# source: input.sql:53
S120 = """\
INSERT INTO inc_db.src_cust
VALUES
  (2, 'Bob', 'SILV', CAST('2024-05-01 00:00:00' AS TIMESTAMP), 4)
"""

# source: input.sql:54
S130 = """\
INSERT INTO inc_db.src_cust
VALUES
  (3, 'Cy', NULL, CAST('2024-05-03 12:00:00' AS TIMESTAMP), 5)
"""

# source: input.sql:55
S140 = """\
INSERT INTO inc_db.src_cust
VALUES
  (4, 'Di', 'GOLD', NULL, 6)
"""

# ---- run 1 ----
# source: input.sql:58

# source: input.sql:59
S160 = """\
SELECT
  cust_id,
  cust_nm,
  tier,
  upd_ts
FROM (
  SELECT
    s.cust_id,
    s.cust_nm,
    s.tier,
    s.upd_ts,
    ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC, s.src_seq DESC) AS leapc_w_1
  FROM inc_db.src_cust AS s, inc_db.load_ctl AS c
  WHERE
    UPPER(RTRIM(c.tbl_nm)) = 'CUST' AND s.upd_ts > c.last_ts
) AS leapc_t_2
WHERE
  leapc_w_1 = 1
"""

# source: input.sql:66
S170 = """\
INSERT INTO inc_db.load_audit
SELECT
  'RUN1_DELTA',
  COUNT(*),
  NULL
FROM gt_cust_delta
"""

# source: input.sql:68
S180_ON = "t.cust_id = s.cust_id"

# source: input.sql:74
S190_SET = {
    'last_ts': "COALESCE((SELECT MAX(upd_ts) FROM gt_cust_delta), last_ts)",
}
S190_WHERE = "UPPER(RTRIM(tbl_nm)) = 'CUST'"

# ---- new feed rows arrive ----
# source: input.sql:79
S200 = """\
INSERT INTO inc_db.src_cust
VALUES
  (2, 'Bob', 'GOLD', CAST('2024-05-03 12:00:00' AS TIMESTAMP), 7)
"""

# source: input.sql:80
S210 = """\
INSERT INTO inc_db.src_cust
VALUES
  (3, 'Cy', 'SILV', CAST('2024-05-04 08:00:00' AS TIMESTAMP), 8)
"""

# ---- run 2 ----
# source: input.sql:83

# source: input.sql:84
S230 = """\
SELECT
  cust_id,
  cust_nm,
  tier,
  upd_ts
FROM (
  SELECT
    s.cust_id,
    s.cust_nm,
    s.tier,
    s.upd_ts,
    ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC, s.src_seq DESC) AS leapc_w_3
  FROM inc_db.src_cust AS s, inc_db.load_ctl AS c
  WHERE
    UPPER(RTRIM(c.tbl_nm)) = 'CUST' AND s.upd_ts > c.last_ts
) AS leapc_t_4
WHERE
  leapc_w_3 = 1
"""

# source: input.sql:91
S240 = """\
INSERT INTO inc_db.load_audit
SELECT
  'RUN2_DELTA',
  COUNT(*),
  NULL
FROM gt_cust_delta
"""

# source: input.sql:93
S250_ON = "t.cust_id = s.cust_id"

# source: input.sql:99
S260_SET = {
    'last_ts': "COALESCE((SELECT MAX(upd_ts) FROM gt_cust_delta), last_ts)",
}
S260_WHERE = "UPPER(RTRIM(tbl_nm)) = 'CUST'"

# ---- run 3: nothing new ----
# source: input.sql:104

# source: input.sql:105
S280 = """\
SELECT
  cust_id,
  cust_nm,
  tier,
  upd_ts
FROM (
  SELECT
    s.cust_id,
    s.cust_nm,
    s.tier,
    s.upd_ts,
    ROW_NUMBER() OVER (PARTITION BY s.cust_id ORDER BY s.upd_ts DESC, s.src_seq DESC) AS leapc_w_5
  FROM inc_db.src_cust AS s, inc_db.load_ctl AS c
  WHERE
    UPPER(RTRIM(c.tbl_nm)) = 'CUST' AND s.upd_ts > c.last_ts
) AS leapc_t_6
WHERE
  leapc_w_5 = 1
"""

# source: input.sql:112
S290 = """\
INSERT INTO inc_db.load_audit
SELECT
  'RUN3_DELTA',
  COUNT(*),
  NULL
FROM gt_cust_delta
"""

# source: input.sql:114
S300_SET = {
    'last_ts': "COALESCE((SELECT MAX(upd_ts) FROM gt_cust_delta), last_ts)",
}
S300_WHERE = "UPPER(RTRIM(tbl_nm)) = 'CUST'"

# source: input.sql:118
S310 = """\
INSERT INTO inc_db.load_audit
SELECT
  'WATERMARK',
  NULL,
  last_ts
FROM inc_db.load_ctl
"""

# source: input.sql:119
S320 = """\
INSERT INTO inc_db.load_audit
SELECT
  'DIM ' || TRIM(cust_nm) || '/' || COALESCE(tier, '----') || '/',
  cust_id,
  NULL
FROM inc_db.cust_dim
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.create_volatile_like('S040', 'gt_cust_delta', '`cust_id` INT, `cust_nm` STRING, `tier` STRING, `upd_ts` TIMESTAMP_NTZ')
        script.sql('S050', S050)
        script.sql('S060', S060, writes='inc_db.load_ctl')
        script.sql('S070', S070, writes='inc_db.cust_dim')
        script.sql('S080', S080, writes='inc_db.cust_dim')
        script.sql('S090', S090, writes='inc_db.src_cust')
        script.sql('S100', S100, writes='inc_db.src_cust')
        script.sql('S110', S110, writes='inc_db.src_cust')
        script.sql('S120', S120, writes='inc_db.src_cust')
        script.sql('S130', S130, writes='inc_db.src_cust')
        script.sql('S140', S140, writes='inc_db.src_cust')
        script.delete('S150', 'gt_cust_delta', 'gt_cust_delta')
        script.insert('S160', 'gt_cust_delta', S160)
        script.sql('S170', S170, writes='inc_db.load_audit')
        script.merge('S180', 'inc_db.cust_dim', 't', 'gt_cust_delta', 's', S180_ON, sets={'cust_nm': 's.cust_nm', 'tier': 's.tier'}, insert_columns=['cust_id', 'cust_nm', 'tier'], insert_values=["CASE WHEN s.cust_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_id') ELSE s.cust_id END", 's.cust_nm', 's.tier'])
        script.update('S190', 'inc_db.load_ctl', 'load_ctl', S190_SET, where=S190_WHERE)
        script.sql('S200', S200, writes='inc_db.src_cust')
        script.sql('S210', S210, writes='inc_db.src_cust')
        script.delete('S220', 'gt_cust_delta', 'gt_cust_delta')
        script.insert('S230', 'gt_cust_delta', S230)
        script.sql('S240', S240, writes='inc_db.load_audit')
        script.merge('S250', 'inc_db.cust_dim', 't', 'gt_cust_delta', 's', S250_ON, sets={'cust_nm': 's.cust_nm', 'tier': 's.tier'}, insert_columns=['cust_id', 'cust_nm', 'tier'], insert_values=["CASE WHEN s.cust_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column cust_id') ELSE s.cust_id END", 's.cust_nm', 's.tier'])
        script.update('S260', 'inc_db.load_ctl', 'load_ctl', S260_SET, where=S260_WHERE)
        script.delete('S270', 'gt_cust_delta', 'gt_cust_delta')
        script.insert('S280', 'gt_cust_delta', S280)
        script.sql('S290', S290, writes='inc_db.load_audit')
        script.update('S300', 'inc_db.load_ctl', 'load_ctl', S300_SET, where=S300_WHERE)
        script.sql('S310', S310, writes='inc_db.load_audit')
        script.sql('S320', S320, writes='inc_db.load_audit')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
