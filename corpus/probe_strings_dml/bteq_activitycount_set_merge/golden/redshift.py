"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:3
S010 = """\
CREATE TABLE ac_db.daily_sales (
  store_id INTEGER,
  sale_dt DATE,
  amt DECIMAL(10, 2)
)
DISTKEY(store_id)
"""

# source: input.bteq:11
S020 = """\
CREATE TABLE ac_db.sales_feed (
  store_id INTEGER,
  sale_dt DATE,
  amt DECIMAL(10, 2)
)
DISTKEY(store_id)
"""

# source: input.bteq:19
S030 = """\
CREATE TABLE ac_db.store_dim (
  store_id INTEGER NOT NULL,
  store_nm VARCHAR(40),
  open_flag CHAR(1)
)
DISTKEY(store_id)
"""

# source: input.bteq:27
S040 = """\
CREATE TABLE ac_db.audit_log (
  step INTEGER,
  what VARCHAR(80)
)
DISTKEY(step)
"""

# source: input.bteq:34
S050 = """\
INSERT INTO ac_db.daily_sales
SELECT
  1,
  CAST('2024-03-01' AS DATE),
  10.00
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM ac_db.daily_sales AS leapc_stored_1
    WHERE
      (
        leapc_stored_1.store_id = 1
        AND (
          leapc_stored_1.sale_dt = CAST('2024-03-01' AS DATE)
          OR (
            leapc_stored_1.sale_dt IS NULL AND CAST('2024-03-01' AS DATE) IS NULL
          )
        )
      )
      AND leapc_stored_1.amt = 10.00
  )
"""

# source: input.bteq:35
S060 = """\
INSERT INTO ac_db.sales_feed
VALUES
  (1, CAST('2024-03-01' AS DATE), 10.00)
"""

# source: input.bteq:36
S070 = """\
INSERT INTO ac_db.sales_feed
VALUES
  (2, CAST('2024-03-01' AS DATE), 20.00)
"""

# source: input.bteq:37
S080 = """\
INSERT INTO ac_db.sales_feed
VALUES
  (2, CAST('2024-03-01' AS DATE), 20.00)
"""

# source: input.bteq:38
S090 = """\
INSERT INTO ac_db.sales_feed
VALUES
  (3, CAST('2024-03-02' AS DATE), NULL)
"""

# source: input.bteq:39
S100 = """\
INSERT INTO ac_db.sales_feed
VALUES
  (3, CAST('2024-03-02' AS DATE), NULL)
"""

# source: input.bteq:40
S110 = """\
INSERT INTO ac_db.sales_feed
VALUES
  (4, CAST('2024-03-02' AS DATE), 5.00)
"""

# source: input.bteq:41
S120 = """\
INSERT INTO ac_db.store_dim
VALUES
  (1, 'North', 'Y')
"""
S120_KEYS = [
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
        'North',
        'Y'
    )
  ) AS leapc_new_2(store_id, store_nm, open_flag)
  GROUP BY
    leapc_new_2.store_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        1,
        'North',
        'Y'
    )
  ) AS leapc_new_3(store_id, store_nm, open_flag)
  WHERE
    EXISTS(
      SELECT
        1
      FROM ac_db.store_dim AS leapc_stored_4
      WHERE
        leapc_stored_4.store_id = leapc_new_3.store_id
    )
) AS leapc_dup_5
LIMIT 1
""",
]

# source: input.bteq:42
S130 = """\
INSERT INTO ac_db.store_dim
VALUES
  (2, 'South', 'Y')
"""
S130_KEYS = [
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
        'South',
        'Y'
    )
  ) AS leapc_new_6(store_id, store_nm, open_flag)
  GROUP BY
    leapc_new_6.store_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        2,
        'South',
        'Y'
    )
  ) AS leapc_new_7(store_id, store_nm, open_flag)
  WHERE
    EXISTS(
      SELECT
        1
      FROM ac_db.store_dim AS leapc_stored_8
      WHERE
        leapc_stored_8.store_id = leapc_new_7.store_id
    )
) AS leapc_dup_9
LIMIT 1
""",
]

# source: input.bteq:45
S140 = """\
INSERT INTO ac_db.daily_sales
SELECT
  store_id,
  sale_dt,
  amt
FROM ac_db.sales_feed
EXCEPT
SELECT
  *
FROM ac_db.daily_sales
"""

# source: input.bteq:47
S150 = """\
INSERT INTO ac_db.audit_log
VALUES
  (1, 'set insert count unexpected')
"""

# source: input.bteq:50
S160 = """\
INSERT INTO ac_db.audit_log
VALUES
  (1, 'set insert 3')
"""

# source: input.bteq:53
S170 = "BEGIN"

# source: input.bteq:54
S180 = """\
UPDATE ac_db.store_dim SET open_flag = 'N'
WHERE
  store_id = 99
"""

# source: input.bteq:56
S190 = """\
INSERT INTO ac_db.audit_log
VALUES
  (2, 'no store 99')
"""

# source: input.bteq:58
S200 = """\
DELETE FROM ac_db.daily_sales
WHERE
  EXISTS(
    SELECT
      1
    FROM ac_db.store_dim AS d
    WHERE
      d.store_id = ac_db.daily_sales.store_id AND UPPER(RTRIM(d.open_flag)) = 'Y'
  )
"""

# source: input.bteq:62
S210 = """\
INSERT INTO ac_db.audit_log
VALUES
  (3, 'delete count unexpected')
"""

# source: input.bteq:65
S220 = """\
INSERT INTO ac_db.audit_log
VALUES
  (3, 'deleted 2')
"""

# source: input.bteq:67
S230 = "COMMIT"

# source: input.bteq:69
S240 = """\
MERGE INTO ac_db.store_dim
USING (
  SELECT DISTINCT
    store_id
  FROM ac_db.daily_sales
) AS s
ON store_dim.store_id = s.store_id
WHEN MATCHED THEN UPDATE SET
  open_flag = 'A'
WHEN NOT MATCHED THEN INSERT (store_id, store_nm, open_flag) VALUES (s.store_id, 'new', 'A')
"""

# source: input.bteq:75
S250 = """\
INSERT INTO ac_db.audit_log
VALUES
  (4, 'merge count unexpected')
"""

# source: input.bteq:78
S260 = """\
INSERT INTO ac_db.audit_log
SELECT
  4,
  'merged ' || TRIM(CAST(COUNT(*) AS VARCHAR(5))) || ' stores'
FROM ac_db.store_dim
"""


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040)
            script.sql('S050', S050, duplicate_row_error=True)
            script.sql('S060', S060)
            script.sql('S070', S070)
            script.sql('S080', S080)
            script.sql('S090', S090)
            script.sql('S100', S100)
            script.sql('S110', S110)
            script.sql('S120', S120, unique_checks=S120_KEYS)
            script.sql('S130', S130, unique_checks=S130_KEYS)
            script.sql('S140', S140)
            # source: input.bteq:46  .IF ACTIVITYCOUNT = 3 THEN .GOTO SET_OK
            if script.activity_count == 3:
                skip_to = 'SET_OK'
        if skip_to is None:
            script.sql('S150', S150)
            # source: input.bteq:48  .GOTO AFTER_SET
            skip_to = 'AFTER_SET'
        # source: input.bteq:49  .LABEL SET_OK
        if skip_to == 'SET_OK':
            skip_to = None
        if skip_to is None:
            script.sql('S160', S160)
        # source: input.bteq:51  .LABEL AFTER_SET
        if skip_to == 'AFTER_SET':
            skip_to = None
        if skip_to is None:
            script.sql('S170', S170)
            script.sql('S180', S180)
            # source: input.bteq:55  .IF ACTIVITYCOUNT <> 0 THEN .GOTO UPD_SOME
            if script.activity_count != 0:
                skip_to = 'UPD_SOME'
        if skip_to is None:
            script.sql('S190', S190)
        # source: input.bteq:57  .LABEL UPD_SOME
        if skip_to == 'UPD_SOME':
            skip_to = None
        if skip_to is None:
            script.sql('S200', S200)
            # source: input.bteq:61  .IF ACTIVITYCOUNT = 2 THEN .GOTO DEL_OK
            if script.activity_count == 2:
                skip_to = 'DEL_OK'
        if skip_to is None:
            script.sql('S210', S210)
            # source: input.bteq:63  .GOTO AFTER_DEL
            skip_to = 'AFTER_DEL'
        # source: input.bteq:64  .LABEL DEL_OK
        if skip_to == 'DEL_OK':
            skip_to = None
        if skip_to is None:
            script.sql('S220', S220)
        # source: input.bteq:66  .LABEL AFTER_DEL
        if skip_to == 'AFTER_DEL':
            skip_to = None
        if skip_to is None:
            script.sql('S230', S230)
            script.sql('S240', S240)
            # source: input.bteq:74  .IF ACTIVITYCOUNT = 2 THEN .GOTO MERGE_OK
            if script.activity_count == 2:
                skip_to = 'MERGE_OK'
        if skip_to is None:
            script.sql('S250', S250)
            # source: input.bteq:76  .GOTO DONE
            skip_to = 'DONE'
        # source: input.bteq:77  .LABEL MERGE_OK
        if skip_to == 'MERGE_OK':
            skip_to = None
        if skip_to is None:
            script.sql('S260', S260)
        # source: input.bteq:80  .LABEL DONE
        if skip_to == 'DONE':
            skip_to = None
        if skip_to is None:
            # source: input.bteq:81  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import db_main

    sys.exit(db_main(run))
