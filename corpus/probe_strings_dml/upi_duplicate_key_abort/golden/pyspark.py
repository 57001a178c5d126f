"""Converted by leapc 0.1.0 from input.bteq (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# source: input.bteq:3
S010 = """\
CREATE TABLE up_db.account (
  acct_no INT NOT NULL,
  owner_nm STRING,
  status_cd CHAR(1)
)
USING PARQUET
"""

# source: input.bteq:11
S020 = """\
CREATE TABLE up_db.account_stage (
  acct_no INT,
  owner_nm STRING,
  status_cd CHAR(1)
)
USING PARQUET
"""

# source: input.bteq:19
S030 = """\
SELECT
  *
FROM (
  VALUES
    (100, 'Ann', 'A')
) AS leapc_values
"""
S030_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    VALUES
      (100, 'Ann', 'A')
  ) AS leapc_new_1(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_1.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (100, 'Ann', 'A')
  ) AS leapc_new_2(acct_no, owner_nm, status_cd)
  WHERE
    EXISTS(
      SELECT
        1
      FROM up_db.account AS leapc_stored_3
      WHERE
        leapc_stored_3.acct_no = leapc_new_2.acct_no
    )
) AS leapc_dup_4
LIMIT 1
""",
]

# source: input.bteq:20
S040 = """\
SELECT
  *
FROM (
  VALUES
    (101, 'Bob', 'A')
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
      (101, 'Bob', 'A')
  ) AS leapc_new_5(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_5.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (101, 'Bob', 'A')
  ) AS leapc_new_6(acct_no, owner_nm, status_cd)
  WHERE
    EXISTS(
      SELECT
        1
      FROM up_db.account AS leapc_stored_7
      WHERE
        leapc_stored_7.acct_no = leapc_new_6.acct_no
    )
) AS leapc_dup_8
LIMIT 1
""",
]

# A second row for key 101: duplicate unique primary index value, rejected
# source: input.bteq:23
S050 = """\
SELECT
  *
FROM (
  VALUES
    (101, 'Bobby', 'C')
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
      (101, 'Bobby', 'C')
  ) AS leapc_new_9(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_9.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    VALUES
      (101, 'Bobby', 'C')
  ) AS leapc_new_10(acct_no, owner_nm, status_cd)
  WHERE
    EXISTS(
      SELECT
        1
      FROM up_db.account AS leapc_stored_11
      WHERE
        leapc_stored_11.acct_no = leapc_new_10.acct_no
    )
) AS leapc_dup_12
LIMIT 1
""",
]

# source: input.bteq:25
S060 = """\
SELECT
  *
FROM (
  VALUES
    (102, 'Cy', 'A')
) AS leapc_values
"""

# source: input.bteq:26
S070 = """\
SELECT
  *
FROM (
  VALUES
    (103, 'Di', 'C')
) AS leapc_values
"""

# source: input.bteq:27
S080 = """\
SELECT
  *
FROM (
  VALUES
    (103, 'Di', 'A')
) AS leapc_values
"""

# source: input.bteq:28
S090 = """\
SELECT
  *
FROM (
  VALUES
    (100, 'Ann', 'X')
) AS leapc_values
"""

# Straight load: keys 103 (twice) and 100 (already stored) violate the UPI, so the whole
#    INSERT ... SELECT fails and nothing of it is stored
# source: input.bteq:32
S100 = """\
SELECT
  CASE
    WHEN acct_no IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_no')
    ELSE acct_no
  END,
  owner_nm,
  status_cd
FROM up_db.account_stage
"""
S100_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    SELECT
      CASE
        WHEN acct_no IS NULL
        THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_no')
        ELSE acct_no
      END,
      owner_nm,
      status_cd
    FROM up_db.account_stage
  ) AS leapc_new_13(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_13.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    SELECT
      CASE
        WHEN acct_no IS NULL
        THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_no')
        ELSE acct_no
      END,
      owner_nm,
      status_cd
    FROM up_db.account_stage
  ) AS leapc_new_14(acct_no, owner_nm, status_cd)
  WHERE
    EXISTS(
      SELECT
        1
      FROM up_db.account AS leapc_stored_15
      WHERE
        leapc_stored_15.acct_no = leapc_new_14.acct_no
    )
) AS leapc_dup_16
LIMIT 1
""",
]

# source: input.bteq:36
S110 = """\
SELECT
  CASE
    WHEN acct_no IS NULL
    THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_no')
    ELSE acct_no
  END,
  owner_nm,
  status_cd
FROM (
  SELECT
    s.acct_no,
    s.owner_nm,
    s.status_cd,
    ROW_NUMBER() OVER (PARTITION BY s.acct_no ORDER BY UPPER(RTRIM(s.status_cd))) AS leapc_w_17
  FROM up_db.account_stage AS s
  WHERE
    NOT EXISTS(
      SELECT
        1
      FROM up_db.account AS a
      WHERE
        a.acct_no = s.acct_no
    )
) AS leapc_t_18
WHERE
  leapc_w_17 = 1
"""
S110_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    SELECT
      CASE
        WHEN acct_no IS NULL
        THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_no')
        ELSE acct_no
      END,
      owner_nm,
      status_cd
    FROM (
      SELECT
        s.acct_no,
        s.owner_nm,
        s.status_cd,
        ROW_NUMBER() OVER (PARTITION BY s.acct_no ORDER BY UPPER(RTRIM(s.status_cd))) AS leapc_w_17
      FROM up_db.account_stage AS s
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM up_db.account AS a
          WHERE
            a.acct_no = s.acct_no
        )
    ) AS leapc_t_18
    WHERE
      leapc_w_17 = 1
  ) AS leapc_new_19(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_19.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    SELECT
      CASE
        WHEN acct_no IS NULL
        THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column acct_no')
        ELSE acct_no
      END,
      owner_nm,
      status_cd
    FROM (
      SELECT
        s.acct_no,
        s.owner_nm,
        s.status_cd,
        ROW_NUMBER() OVER (PARTITION BY s.acct_no ORDER BY UPPER(RTRIM(s.status_cd))) AS leapc_w_17
      FROM up_db.account_stage AS s
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM up_db.account AS a
          WHERE
            a.acct_no = s.acct_no
        )
    ) AS leapc_t_18
    WHERE
      leapc_w_17 = 1
  ) AS leapc_new_20(acct_no, owner_nm, status_cd)
  WHERE
    EXISTS(
      SELECT
        1
      FROM up_db.account AS leapc_stored_21
      WHERE
        leapc_stored_21.acct_no = leapc_new_20.acct_no
    )
) AS leapc_dup_22
LIMIT 1
""",
]


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.insert('S030', 'up_db.account', S030, unique_checks=S030_KEYS)
            script.insert('S040', 'up_db.account', S040, unique_checks=S040_KEYS)
            script.insert('S050', 'up_db.account', S050, unique_checks=S050_KEYS)
            script.insert('S060', 'up_db.account_stage', S060)
            script.insert('S070', 'up_db.account_stage', S070)
            script.insert('S080', 'up_db.account_stage', S080)
            script.insert('S090', 'up_db.account_stage', S090)
            script.insert('S100', 'up_db.account', S100, unique_checks=S100_KEYS)
            # source: input.bteq:34  .IF ERRORCODE = 0 THEN .GOTO DONE
            if script.error_code == 0:
                skip_to = 'DONE'
        if skip_to is None:
            script.insert('S110', 'up_db.account', S110, unique_checks=S110_KEYS)
        # source: input.bteq:42  .LABEL DONE
        if skip_to == 'DONE':
            skip_to = None
        if skip_to is None:
            # source: input.bteq:43  .QUIT 0
            script.quit(0)
    status = script.final_status()
    if status:
        raise SystemExit(status)


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
