"""Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift (runner).
 Generated code: change the Teradata source or leapc's options and convert again.

run(conn, args=None) runs the statements of the .sql file beside this one over a
DB-API connection, with the BTEQ control flow of the source."""
import sys

from wmg.scripts import DbScript

# source: input.bteq:3
S010 = """\
CREATE TABLE up_db.account (
  acct_no INTEGER NOT NULL,
  owner_nm VARCHAR(40),
  status_cd CHAR(1)
)
DISTKEY(acct_no)
"""

# source: input.bteq:11
S020 = """\
CREATE TABLE up_db.account_stage (
  acct_no INTEGER,
  owner_nm VARCHAR(40),
  status_cd CHAR(1)
)
DISTKEY(acct_no)
"""

# source: input.bteq:19
S030 = """\
INSERT INTO up_db.account
VALUES
  (100, 'Ann', 'A')
"""
S030_KEYS = [
    """\
SELECT
  1
FROM (
  SELECT
    1
  FROM (
    (
      SELECT
        100,
        'Ann',
        'A'
    )
  ) AS leapc_new_1(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_1.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        100,
        'Ann',
        'A'
    )
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
INSERT INTO up_db.account
VALUES
  (101, 'Bob', 'A')
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
        101,
        'Bob',
        'A'
    )
  ) AS leapc_new_5(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_5.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        101,
        'Bob',
        'A'
    )
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

# source: input.bteq:23
S050 = """\
INSERT INTO up_db.account
VALUES
  (101, 'Bobby', 'C')
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
        101,
        'Bobby',
        'C'
    )
  ) AS leapc_new_9(acct_no, owner_nm, status_cd)
  GROUP BY
    leapc_new_9.acct_no
  HAVING
    COUNT(*) > 1
  UNION ALL
  SELECT
    1
  FROM (
    (
      SELECT
        101,
        'Bobby',
        'C'
    )
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
INSERT INTO up_db.account_stage
VALUES
  (102, 'Cy', 'A')
"""

# source: input.bteq:26
S070 = """\
INSERT INTO up_db.account_stage
VALUES
  (103, 'Di', 'C')
"""

# source: input.bteq:27
S080 = """\
INSERT INTO up_db.account_stage
VALUES
  (103, 'Di', 'A')
"""

# source: input.bteq:28
S090 = """\
INSERT INTO up_db.account_stage
VALUES
  (100, 'Ann', 'X')
"""

# source: input.bteq:32
S100 = """\
INSERT INTO up_db.account
SELECT
  acct_no,
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
      acct_no,
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
      acct_no,
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
INSERT INTO up_db.account
SELECT
  acct_no,
  owner_nm,
  status_cd
FROM (
  SELECT
    s.acct_no,
    s.owner_nm,
    s.status_cd,
    ROW_NUMBER() OVER (PARTITION BY s.acct_no ORDER BY UPPER(RTRIM(s.status_cd)) NULLS FIRST) AS leapc_w_17
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
      acct_no,
      owner_nm,
      status_cd
    FROM (
      SELECT
        s.acct_no,
        s.owner_nm,
        s.status_cd,
        ROW_NUMBER() OVER (PARTITION BY s.acct_no ORDER BY UPPER(RTRIM(s.status_cd)) NULLS FIRST) AS leapc_w_17
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
      acct_no,
      owner_nm,
      status_cd
    FROM (
      SELECT
        s.acct_no,
        s.owner_nm,
        s.status_cd,
        ROW_NUMBER() OVER (PARTITION BY s.acct_no ORDER BY UPPER(RTRIM(s.status_cd)) NULLS FIRST) AS leapc_w_17
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


def run(conn, args=None):
    with DbScript(conn, args, raise_errors=False) as script:
        skip_to = None
        if skip_to is None:
            # source: input.bteq:1  .LOGON (credentials removed: the runtime supplies the connection)  (no effect here)
            script.sql('S010', S010)
            script.sql('S020', S020)
            script.sql('S030', S030, unique_checks=S030_KEYS)
            script.sql('S040', S040, unique_checks=S040_KEYS)
            script.sql('S050', S050, unique_checks=S050_KEYS)
            script.sql('S060', S060)
            script.sql('S070', S070)
            script.sql('S080', S080)
            script.sql('S090', S090)
            script.sql('S100', S100, unique_checks=S100_KEYS)
            # source: input.bteq:34  .IF ERRORCODE = 0 THEN .GOTO DONE
            if script.error_code == 0:
                skip_to = 'DONE'
        if skip_to is None:
            script.sql('S110', S110, unique_checks=S110_KEYS)
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
    from wmg.elt import db_main

    sys.exit(db_main(run))
