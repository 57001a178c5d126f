"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:6
S010 = """\
CREATE TABLE px_db.product_dim (
  prod_id INTEGER NOT NULL,
  prod_nm VARCHAR(40),
  list_price DECIMAL(8, 2),
  upd_cnt INTEGER
)
DISTKEY(prod_id)
"""

# source: input.bteq:15
S020 = """\
CREATE TABLE px_db.price_feed (
  prod_id INTEGER,
  new_price DECIMAL(8, 2),
  load_ts TIMESTAMP
)
DISTKEY(prod_id)
"""

# source: input.bteq:23
S030 = """\
CREATE TABLE px_db.sync_audit (
  step_no INTEGER,
  note VARCHAR(60),
  prod_id INTEGER,
  list_price DECIMAL(8, 2),
  upd_cnt INTEGER
)
DISTKEY(step_no)
"""

# source: input.bteq:33
S040 = """\
INSERT INTO px_db.product_dim
VALUES
  (1, 'Bolt', 1.10, 0)
"""
S040_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    (
      SELECT
        1,
        'Bolt',
        1.10,
        0
    )
  ) AS leapc_new_1(prod_id, prod_nm, list_price, upd_cnt)
  GROUP BY
    leapc_new_1.prod_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        1,
        'Bolt',
        1.10,
        0
    )
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
INSERT INTO px_db.product_dim
VALUES
  (2, 'Nut', 0.40, 0)
"""
S050_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    (
      SELECT
        2,
        'Nut',
        0.40,
        0
    )
  ) AS leapc_new_5(prod_id, prod_nm, list_price, upd_cnt)
  GROUP BY
    leapc_new_5.prod_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        2,
        'Nut',
        0.40,
        0
    )
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
INSERT INTO px_db.product_dim
VALUES
  (3, 'Washer', 0.05, 0)
"""
S060_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    (
      SELECT
        3,
        'Washer',
        0.05,
        0
    )
  ) AS leapc_new_9(prod_id, prod_nm, list_price, upd_cnt)
  GROUP BY
    leapc_new_9.prod_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        3,
        'Washer',
        0.05,
        0
    )
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
INSERT INTO px_db.price_feed
VALUES
  (1, 1.25, CAST('2024-06-01 08:00:00' AS TIMESTAMP))
"""

# source: input.bteq:38
S080 = """\
INSERT INTO px_db.price_feed
VALUES
  (2, 0.45, CAST('2024-06-01 08:00:00' AS TIMESTAMP))
"""

# source: input.bteq:39
S090 = """\
INSERT INTO px_db.price_feed
VALUES
  (2, 0.50, CAST('2024-06-01 09:30:00' AS TIMESTAMP))
"""

# source: input.bteq:40
S100 = """\
INSERT INTO px_db.price_feed
VALUES
  (4, 2.00, CAST('2024-06-01 10:00:00' AS TIMESTAMP))
"""

# source: input.bteq:42
S110 = """\
UPDATE px_db.product_dim AS d SET list_price = f.new_price, upd_cnt = d.upd_cnt + 1
FROM px_db.price_feed AS f
WHERE
  d.prod_id = f.prod_id
"""

# source: input.bteq:48
S120 = """\
INSERT INTO px_db.sync_audit
VALUES
  (1, 'update ok', NULL, NULL, NULL)
"""

# source: input.bteq:51
S130 = """\
INSERT INTO px_db.sync_audit
VALUES
  (1, 'update 7547', NULL, NULL, NULL)
"""

# source: input.bteq:54
S140 = """\
MERGE INTO px_db.product_dim
USING px_db.price_feed AS f
ON product_dim.prod_id = f.prod_id
WHEN MATCHED THEN UPDATE SET
  list_price = f.new_price,
  upd_cnt = product_dim.upd_cnt + 1
WHEN NOT MATCHED THEN INSERT (prod_id, prod_nm, list_price, upd_cnt) VALUES (f.prod_id, 'NEW', f.new_price, 0)
"""

# source: input.bteq:61
S150 = """\
INSERT INTO px_db.sync_audit
VALUES
  (2, 'merge ok', NULL, NULL, NULL)
"""

# source: input.bteq:65
S160 = """\
INSERT INTO px_db.sync_audit
VALUES
  (2, 'merge failed', NULL, NULL, NULL)
"""

# source: input.bteq:66
S170 = """\
MERGE INTO px_db.product_dim
USING (
  SELECT
    prod_id,
    new_price
  FROM (
    SELECT
      prod_id,
      new_price,
      ROW_NUMBER() OVER (PARTITION BY prod_id ORDER BY load_ts DESC NULLS LAST) AS leapc_w_13
    FROM px_db.price_feed
  ) AS leapc_t_14
  WHERE
    leapc_w_13 = 1
) AS f
ON product_dim.prod_id = f.prod_id
WHEN MATCHED THEN UPDATE SET
  list_price = f.new_price,
  upd_cnt = product_dim.upd_cnt + 1
WHEN NOT MATCHED THEN INSERT (prod_id, prod_nm, list_price, upd_cnt) VALUES (f.prod_id, 'NEW', f.new_price, 0)
"""

# source: input.bteq:76
S180 = """\
INSERT INTO px_db.sync_audit
SELECT
  3,
  prod_nm,
  prod_id,
  list_price,
  upd_cnt
FROM px_db.product_dim
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            # source: input.bteq:2  .SET WIDTH 200  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040, unique_checks=S040_KEYS)
            script.sql('S050', S050, unique_checks=S050_KEYS)
            script.sql('S060', S060, unique_checks=S060_KEYS)
            script.sql('S070', S070)
            script.sql('S080', S080)
            script.sql('S090', S090)
            script.sql('S100', S100)
            script.sql('S110', S110)
            # source: input.bteq:47  .IF ERRORCODE = 7547 THEN .GOTO UPD_DUP
            if script.error_code == 7547:
                skip_to = 'UPD_DUP'
        if skip_to is None:
            script.sql('S120', S120)
            # source: input.bteq:49  .GOTO TRY_MERGE
            skip_to = 'TRY_MERGE'
        # source: input.bteq:50  .LABEL UPD_DUP
        if skip_to == 'UPD_DUP':
            skip_to = None
        if skip_to is None:
            script.sql('S130', S130)
        # source: input.bteq:53  .LABEL TRY_MERGE
        if skip_to == 'TRY_MERGE':
            skip_to = None
        if skip_to is None:
            script.sql('S140', S140)
            # source: input.bteq:60  .IF ERRORCODE <> 0 THEN .GOTO MERGE_DEDUP
            if script.error_code != 0:
                skip_to = 'MERGE_DEDUP'
        if skip_to is None:
            script.sql('S150', S150)
            # source: input.bteq:62  .GOTO SNAPSHOT
            skip_to = 'SNAPSHOT'
        # source: input.bteq:64  .LABEL MERGE_DEDUP
        if skip_to == 'MERGE_DEDUP':
            skip_to = None
        if skip_to is None:
            script.sql('S160', S160)
            script.sql('S170', S170)
        # source: input.bteq:75  .LABEL SNAPSHOT
        if skip_to == 'SNAPSHOT':
            skip_to = None
        if skip_to is None:
            script.sql('S180', S180)
            # source: input.bteq:78  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
