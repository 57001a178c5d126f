"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Price sync: a feed with two rows for one product makes the join-UPDATE and the MERGE fail (7547);
#    the script detects it and re-runs with the feed deduplicated to the latest row per product
# source: input.bteq:6
S010 = """\
CREATE TABLE px_db.product_dim (
  prod_id INT NOT NULL,
  prod_nm STRING,
  list_price DECIMAL(8, 2),
  upd_cnt INT
)
USING PARQUET
"""

# source: input.bteq:15
S020 = """\
CREATE TABLE px_db.price_feed (
  prod_id INT,
  new_price DECIMAL(8, 2),
  load_ts TIMESTAMP_NTZ
)
USING PARQUET
"""

# source: input.bteq:23
S030 = """\
CREATE TABLE px_db.sync_audit (
  step_no INT,
  note STRING,
  prod_id INT,
  list_price DECIMAL(8, 2),
  upd_cnt INT
)
USING PARQUET
"""

# source: input.bteq:33
S040 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'Bolt', 1.10, 0)
) AS leapc_values
"""
S040_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (1, 'Bolt', 1.10, 0)
  ) AS leapc_new_1(prod_id, prod_nm, list_price, upd_cnt)
  GROUP BY
    leapc_new_1.prod_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (1, 'Bolt', 1.10, 0)
  ) AS leapc_new_2(prod_id, prod_nm, list_price, upd_cnt)
  WHERE
    EXISTS(
      SELECT
        1
      FROM px_db.product_dim AS leapc_stored_3
      WHERE
        leapc_stored_3.prod_id = leapc_new_2.prod_id
    )
) AS leapc_dup_4
LIMIT 1
""",
]

# source: input.bteq:34
S050 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'Nut', 0.40, 0)
) AS leapc_values
"""
S050_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (2, 'Nut', 0.40, 0)
  ) AS leapc_new_5(prod_id, prod_nm, list_price, upd_cnt)
  GROUP BY
    leapc_new_5.prod_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (2, 'Nut', 0.40, 0)
  ) AS leapc_new_6(prod_id, prod_nm, list_price, upd_cnt)
  WHERE
    EXISTS(
      SELECT
        1
      FROM px_db.product_dim AS leapc_stored_7
      WHERE
        leapc_stored_7.prod_id = leapc_new_6.prod_id
    )
) AS leapc_dup_8
LIMIT 1
""",
]

# source: input.bteq:35
S060 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'Washer', 0.05, 0)
) AS leapc_values
"""
S060_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (3, 'Washer', 0.05, 0)
  ) AS leapc_new_9(prod_id, prod_nm, list_price, upd_cnt)
  GROUP BY
    leapc_new_9.prod_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (3, 'Washer', 0.05, 0)
  ) AS leapc_new_10(prod_id, prod_nm, list_price, upd_cnt)
  WHERE
    EXISTS(
      SELECT
        1
      FROM px_db.product_dim AS leapc_stored_11
      WHERE
        leapc_stored_11.prod_id = leapc_new_10.prod_id
    )
) AS leapc_dup_12
LIMIT 1
""",
]

# source: input.bteq:37
S070 = """\
SELECT
  *
FROM (
  VALUES
    (1, 1.25, CAST('2024-06-01 08:00:00' AS TIMESTAMP))
) AS leapc_values
"""

# source: input.bteq:38
S080 = """\
SELECT
  *
FROM (
  VALUES
    (2, 0.45, CAST('2024-06-01 08:00:00' AS TIMESTAMP))
) AS leapc_values
"""

# source: input.bteq:39
S090 = """\
SELECT
  *
FROM (
  VALUES
    (2, 0.50, CAST('2024-06-01 09:30:00' AS TIMESTAMP))
) AS leapc_values
"""

# source: input.bteq:40
S100 = """\
SELECT
  *
FROM (
  VALUES
    (4, 2.00, CAST('2024-06-01 10:00:00' AS TIMESTAMP))
) AS leapc_values
"""

# source: input.bteq:42
S110_SET = {
    'list_price': "f.new_price",
    'upd_cnt': "d.upd_cnt + 1",
}
S110_WHERE = "d.prod_id = f.prod_id"

# source: input.bteq:48
S120 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'update ok', NULL, NULL, NULL)
) AS leapc_values
"""

# source: input.bteq:51
S130 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'update 7547', NULL, NULL, NULL)
) AS leapc_values
"""

# source: input.bteq:54
S140_ON = "d.prod_id = f.prod_id"

# source: input.bteq:61
S150 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'merge ok', NULL, NULL, NULL)
) AS leapc_values
"""

# source: input.bteq:65
S160 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'merge failed', NULL, NULL, NULL)
) AS leapc_values
"""

# source: input.bteq:66
S170_ON = "d.prod_id = f.prod_id"

# source: input.bteq:76
S180 = """\
SELECT
  3,
  prod_nm,
  prod_id,
  list_price,
  upd_cnt
FROM px_db.product_dim
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET WIDTH 200  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.insert('S040', 'px_db.product_dim', S040, unique_checks=S040_KEYS)
            script.insert('S050', 'px_db.product_dim', S050, unique_checks=S050_KEYS)
            script.insert('S060', 'px_db.product_dim', S060, unique_checks=S060_KEYS)
            script.insert('S070', 'px_db.price_feed', S070)
            script.insert('S080', 'px_db.price_feed', S080)
            script.insert('S090', 'px_db.price_feed', S090)
            script.insert('S100', 'px_db.price_feed', S100)
            script.update('S110', 'px_db.product_dim', 'd', S110_SET, sources='px_db.price_feed AS f', where=S110_WHERE)
            # source: input.bteq:47  .IF ERRORCODE = 7547 THEN .GOTO UPD_DUP
            if script.error_code == 7547:
                skip_to = 'UPD_DUP'
        if skip_to is None:
            script.insert('S120', 'px_db.sync_audit', S120)
            # source: input.bteq:49  .GOTO TRY_MERGE
            skip_to = 'TRY_MERGE'
        # source: input.bteq:50  .LABEL UPD_DUP
        if skip_to == 'UPD_DUP':
            skip_to = None
        if skip_to is None:
            script.insert('S130', 'px_db.sync_audit', S130)
        # source: input.bteq:53  .LABEL TRY_MERGE
        if skip_to == 'TRY_MERGE':
            skip_to = None
        if skip_to is None:
            script.merge('S140', 'px_db.product_dim', 'd', 'px_db.price_feed', 'f', S140_ON, sets={'list_price': 'f.new_price', 'upd_cnt': 'd.upd_cnt + 1'}, insert_columns=['prod_id', 'prod_nm', 'list_price', 'upd_cnt'], insert_values=["CASE WHEN f.prod_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column prod_id') ELSE f.prod_id END", "'NEW'", 'f.new_price', '0'])
            # source: input.bteq:60  .IF ERRORCODE <> 0 THEN .GOTO MERGE_DEDUP
            if script.error_code != 0:
                skip_to = 'MERGE_DEDUP'
        if skip_to is None:
            script.insert('S150', 'px_db.sync_audit', S150)
            # source: input.bteq:62  .GOTO SNAPSHOT
            skip_to = 'SNAPSHOT'
        # source: input.bteq:64  .LABEL MERGE_DEDUP
        if skip_to == 'MERGE_DEDUP':
            skip_to = None
        if skip_to is None:
            script.insert('S160', 'px_db.sync_audit', S160)
            script.merge('S170', 'px_db.product_dim', 'd', '(SELECT prod_id, new_price FROM (SELECT prod_id, new_price, ROW_NUMBER() OVER (PARTITION BY prod_id ORDER BY load_ts DESC) AS leapc_w_13 FROM px_db.price_feed) AS leapc_t_14 WHERE leapc_w_13 = 1)', 'f', S170_ON, sets={'list_price': 'f.new_price', 'upd_cnt': 'd.upd_cnt + 1'}, insert_columns=['prod_id', 'prod_nm', 'list_price', 'upd_cnt'], insert_values=["CASE WHEN f.prod_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column prod_id') ELSE f.prod_id END", "'NEW'", 'f.new_price', '0'])
        # source: input.bteq:75  .LABEL SNAPSHOT
        if skip_to == 'SNAPSHOT':
            skip_to = None
        if skip_to is None:
            script.insert('S180', 'px_db.sync_audit', S180)
            # source: input.bteq:78  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
