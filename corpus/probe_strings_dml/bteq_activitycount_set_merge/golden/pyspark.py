"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:3
S010 = """\
CREATE TABLE ac_db.daily_sales (
  store_id INT,
  sale_dt DATE,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.bteq:11
S020 = """\
CREATE TABLE ac_db.sales_feed (
  store_id INT,
  sale_dt DATE,
  amt DECIMAL(10, 2)
)
USING PARQUET
"""

# source: input.bteq:19
S030 = """\
CREATE TABLE ac_db.store_dim (
  store_id INT NOT NULL,
  store_nm STRING,
  open_flag CHAR(1)
)
USING PARQUET
"""

# source: input.bteq:27
S040 = """\
CREATE TABLE ac_db.audit_log (
  step INT,
  what STRING
)
USING PARQUET
"""

# source: input.bteq:34
S050 = """\
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
SELECT
  *
FROM (
  VALUES
    (1, CAST('2024-03-01' AS DATE), 10.00)
) AS leapc_values
"""

# source: input.bteq:36
S070 = """\
SELECT
  *
FROM (
  VALUES
    (2, CAST('2024-03-01' AS DATE), 20.00)
) AS leapc_values
"""

# source: input.bteq:37
S080 = """\
SELECT
  *
FROM (
  VALUES
    (2, CAST('2024-03-01' AS DATE), 20.00)
) AS leapc_values
"""

# source: input.bteq:38
S090 = """\
SELECT
  *
FROM (
  VALUES
    (3, CAST('2024-03-02' AS DATE), NULL)
) AS leapc_values
"""

# source: input.bteq:39
S100 = """\
SELECT
  *
FROM (
  VALUES
    (3, CAST('2024-03-02' AS DATE), NULL)
) AS leapc_values
"""

# source: input.bteq:40
S110 = """\
SELECT
  *
FROM (
  VALUES
    (4, CAST('2024-03-02' AS DATE), 5.00)
) AS leapc_values
"""

# source: input.bteq:41
S120 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'North', 'Y')
) AS leapc_values
"""
S120_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (1, 'North', 'Y')
  ) AS leapc_new_2(store_id, store_nm, open_flag)
  GROUP BY
    leapc_new_2.store_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (1, 'North', 'Y')
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
SELECT
  *
FROM (
  VALUES
    (2, 'South', 'Y')
) AS leapc_values
"""
S130_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (2, 'South', 'Y')
  ) AS leapc_new_6(store_id, store_nm, open_flag)
  GROUP BY
    leapc_new_6.store_id
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (2, 'South', 'Y')
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

# SET table: duplicates inside the feed and the row already stored are discarded, not counted
# source: input.bteq:45
S140 = """\
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
SELECT
  *
FROM (
  VALUES
    (1, 'set insert count unexpected')
) AS leapc_values
"""

# source: input.bteq:50
S160 = """\
SELECT
  *
FROM (
  VALUES
    (1, 'set insert 3')
) AS leapc_values
"""

# source: input.bteq:53

# source: input.bteq:54
S180_SET = {
    'open_flag': "'N'",
}
S180_WHERE = "store_id = 99"

# source: input.bteq:56
S190 = """\
SELECT
  *
FROM (
  VALUES
    (2, 'no store 99')
) AS leapc_values
"""

# source: input.bteq:58
S200_WHERE = """\
EXISTS(
  SELECT
    1
  FROM ac_db.store_dim AS d
  WHERE
    d.store_id = daily_sales.store_id AND UPPER(RTRIM(d.open_flag)) = 'Y'
)
"""

# source: input.bteq:62
S210 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'delete count unexpected')
) AS leapc_values
"""

# source: input.bteq:65
S220 = """\
SELECT
  *
FROM (
  VALUES
    (3, 'deleted 2')
) AS leapc_values
"""

# source: input.bteq:67

# source: input.bteq:69
S240_ON = "t.store_id = s.store_id"

# source: input.bteq:75
S250 = """\
SELECT
  *
FROM (
  VALUES
    (4, 'merge count unexpected')
) AS leapc_values
"""

# source: input.bteq:78
S260 = """\
SELECT
  4,
  'merged ' || TRIM(SUBSTRING(CAST(COUNT(*) AS STRING), 1, 5)) || ' stores'
FROM ac_db.store_dim
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030)
            script.sql('S040', S040)
            script.insert('S050', 'ac_db.daily_sales', S050, duplicate_row_error=True)
            script.insert('S060', 'ac_db.sales_feed', S060)
            script.insert('S070', 'ac_db.sales_feed', S070)
            script.insert('S080', 'ac_db.sales_feed', S080)
            script.insert('S090', 'ac_db.sales_feed', S090)
            script.insert('S100', 'ac_db.sales_feed', S100)
            script.insert('S110', 'ac_db.sales_feed', S110)
            script.insert('S120', 'ac_db.store_dim', S120, unique_checks=S120_KEYS)
            script.insert('S130', 'ac_db.store_dim', S130, unique_checks=S130_KEYS)
            script.insert('S140', 'ac_db.daily_sales', S140)
            # source: input.bteq:46  .IF ACTIVITYCOUNT = 3 THEN .GOTO SET_OK
            if script.activity_count == 3:
                skip_to = 'SET_OK'
        if skip_to is None:
            script.insert('S150', 'ac_db.audit_log', S150)
            # source: input.bteq:48  .GOTO AFTER_SET
            skip_to = 'AFTER_SET'
        # source: input.bteq:49  .LABEL SET_OK
        if skip_to == 'SET_OK':
            skip_to = None
        if skip_to is None:
            script.insert('S160', 'ac_db.audit_log', S160)
        # source: input.bteq:51  .LABEL AFTER_SET
        if skip_to == 'AFTER_SET':
            skip_to = None
        if skip_to is None:
            script.begin_transaction('S170')
            script.update('S180', 'ac_db.store_dim', 'store_dim', S180_SET, where=S180_WHERE)
            # source: input.bteq:55  .IF ACTIVITYCOUNT <> 0 THEN .GOTO UPD_SOME
            if script.activity_count != 0:
                skip_to = 'UPD_SOME'
        if skip_to is None:
            script.insert('S190', 'ac_db.audit_log', S190)
        # source: input.bteq:57  .LABEL UPD_SOME
        if skip_to == 'UPD_SOME':
            skip_to = None
        if skip_to is None:
            script.delete('S200', 'ac_db.daily_sales', 'daily_sales', where=S200_WHERE)
            # source: input.bteq:61  .IF ACTIVITYCOUNT = 2 THEN .GOTO DEL_OK
            if script.activity_count == 2:
                skip_to = 'DEL_OK'
        if skip_to is None:
            script.insert('S210', 'ac_db.audit_log', S210)
            # source: input.bteq:63  .GOTO AFTER_DEL
            skip_to = 'AFTER_DEL'
        # source: input.bteq:64  .LABEL DEL_OK
        if skip_to == 'DEL_OK':
            skip_to = None
        if skip_to is None:
            script.insert('S220', 'ac_db.audit_log', S220)
        # source: input.bteq:66  .LABEL AFTER_DEL
        if skip_to == 'AFTER_DEL':
            skip_to = None
        if skip_to is None:
            script.commit('S230')
            script.merge('S240', 'ac_db.store_dim', 't', '(SELECT DISTINCT store_id FROM ac_db.daily_sales)', 's', S240_ON, sets={'open_flag': "'A'"}, insert_columns=['store_id', 'store_nm', 'open_flag'], insert_values=["CASE WHEN s.store_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column store_id') ELSE s.store_id END", "'new'", "'A'"])
            # source: input.bteq:74  .IF ACTIVITYCOUNT = 2 THEN .GOTO MERGE_OK
            if script.activity_count == 2:
                skip_to = 'MERGE_OK'
        if skip_to is None:
            script.insert('S250', 'ac_db.audit_log', S250)
            # source: input.bteq:76  .GOTO DONE
            skip_to = 'DONE'
        # source: input.bteq:77  .LABEL MERGE_OK
        if skip_to == 'MERGE_OK':
            skip_to = None
        if skip_to is None:
            script.insert('S260', 'ac_db.audit_log', S260)
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
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
