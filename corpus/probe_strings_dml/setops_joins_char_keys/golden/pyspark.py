"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Reconciling two systems keyed by codes of different types: CHAR(6) vs VARCHAR with blanks and
#    mixed case; INTERSECT / EXCEPT, outer joins with filters in ON, NOT IN with a NULL, a cross join
# source: input.sql:3
S010 = """\
CREATE TABLE sj_db.sys_a (
  acct_cd CHAR(6),
  owner_nm STRING,
  bal INT
)
USING PARQUET
"""

# source: input.sql:11
S020 = """\
CREATE TABLE sj_db.sys_b (
  acct_cd STRING,
  status STRING,
  bal INT
)
USING PARQUET
"""

# source: input.sql:19
S030 = """\
CREATE TABLE sj_db.run_param (
  run_id INT,
  min_bal INT
)
USING PARQUET
"""

# source: input.sql:26
S040 = """\
INSERT INTO sj_db.sys_a
VALUES
  ('A1', 'Ann', 100)
"""

# source: input.sql:27
S050 = """\
INSERT INTO sj_db.sys_a
VALUES
  ('b2', 'Bob', 200)
"""

# source: input.sql:28
S060 = """\
INSERT INTO sj_db.sys_a
VALUES
  ('C3', 'Cy', NULL)
"""

# source: input.sql:29
S070 = """\
INSERT INTO sj_db.sys_a
VALUES
  ('D4', NULL, 400)
"""

# source: input.sql:30
S080 = """\
INSERT INTO sj_db.sys_a
VALUES
  (NULL, 'Nul', 0)
"""

# source: input.sql:32
S090 = """\
INSERT INTO sj_db.sys_b
VALUES
  ('A1', 'open', 100)
"""

# source: input.sql:33
S100 = """\
INSERT INTO sj_db.sys_b
VALUES
  ('B2  ', 'OPEN', 250)
"""

# source: input.sql:34
S110 = """\
INSERT INTO sj_db.sys_b
VALUES
  ('c3', 'closed', NULL)
"""

# source: input.sql:35
S120 = """\
INSERT INTO sj_db.sys_b
VALUES
  ('E5', 'open', 500)
"""

# source: input.sql:36
S130 = """\
INSERT INTO sj_db.sys_b
VALUES
  (NULL, 'open', 0)
"""

# source: input.sql:38
S140 = """\
INSERT INTO sj_db.run_param
VALUES
  (7, 150)
"""

# source: input.sql:40
S150 = """\
CREATE TABLE sj_db.result_recon (
  kind STRING,
  acct_cd STRING,
  detail STRING,
  run_id INT
)
USING PARQUET
"""

# source: input.sql:49
S160 = """\
INSERT INTO sj_db.result_recon
SELECT
  'BOTH',
  SUBSTRING(UPPER(TRIM(acct_cd)), 1, 10),
  NULL,
  NULL
FROM (
  SELECT
    leapc_g_3.leapc_s1 AS acct_cd,
    leapc_g_3.leapc_s2 AS bal
  FROM (
    SELECT
      MIN(leapc_l_1.leapc_s1) AS leapc_s1,
      leapc_l_1.leapc_s2 AS leapc_s2,
      MIN(UPPER(RTRIM(leapc_l_1.leapc_s1))) AS leapc_s1_key,
      leapc_l_1.leapc_s2 AS leapc_s2_key
    FROM (
      SELECT
        acct_cd,
        bal
      FROM sj_db.sys_a
    ) AS leapc_l_1(leapc_s1, leapc_s2)
    GROUP BY
      RTRIM(UPPER(RTRIM(leapc_l_1.leapc_s1))),
      leapc_l_1.leapc_s2
  ) AS leapc_g_3
  WHERE
    EXISTS(
      SELECT
        1
      FROM (
        SELECT
          SUBSTRING(acct_cd, 1, 6),
          bal
        FROM sj_db.sys_b
      ) AS leapc_r_2(leapc_s1, leapc_s2)
      WHERE
        (
          UPPER(RTRIM(leapc_r_2.leapc_s1)) = leapc_g_3.leapc_s1_key
          OR (
            UPPER(RTRIM(leapc_r_2.leapc_s1)) IS NULL AND leapc_g_3.leapc_s1_key IS NULL
          )
        )
        AND (
          leapc_r_2.leapc_s2 = leapc_g_3.leapc_s2_key
          OR (
            leapc_r_2.leapc_s2 IS NULL AND leapc_g_3.leapc_s2_key IS NULL
          )
        )
    )
) AS x
"""

# source: input.sql:55
S170 = """\
INSERT INTO sj_db.result_recon
SELECT
  'ONLY_A',
  SUBSTRING(UPPER(TRIM(acct_cd)), 1, 10),
  NULL,
  NULL
FROM (
  SELECT
    leapc_g_6.leapc_s1 AS acct_cd
  FROM (
    SELECT
      MIN(leapc_l_4.leapc_s1) AS leapc_s1,
      MIN(UPPER(RTRIM(leapc_l_4.leapc_s1))) AS leapc_s1_key
    FROM (
      SELECT
        acct_cd
      FROM sj_db.sys_a
    ) AS leapc_l_4(leapc_s1)
    GROUP BY
      RTRIM(UPPER(RTRIM(leapc_l_4.leapc_s1)))
  ) AS leapc_g_6
  WHERE
    NOT EXISTS(
      SELECT
        1
      FROM (
        SELECT
          SUBSTRING(acct_cd, 1, 6)
        FROM sj_db.sys_b
      ) AS leapc_r_5(leapc_s1)
      WHERE
        UPPER(RTRIM(leapc_r_5.leapc_s1)) = leapc_g_6.leapc_s1_key
        OR (
          UPPER(RTRIM(leapc_r_5.leapc_s1)) IS NULL AND leapc_g_6.leapc_s1_key IS NULL
        )
    )
) AS x
"""

# source: input.sql:61
S180 = """\
INSERT INTO sj_db.result_recon
SELECT
  'LEFT_OPEN',
  UPPER(TRIM(a.acct_cd)),
  COALESCE(b.status, 'no open match'),
  p.run_id
FROM sj_db.sys_a AS a
LEFT JOIN sj_db.sys_b AS b
  ON UPPER(RTRIM(a.acct_cd)) = UPPER(RTRIM(b.acct_cd))
  AND UPPER(RTRIM(b.status)) = 'OPEN'
CROSS JOIN sj_db.run_param AS p
WHERE
  COALESCE(a.bal, 0) < p.min_bal OR a.bal IS NULL
"""

# source: input.sql:70
S190 = """\
INSERT INTO sj_db.result_recon
SELECT
  'NOT_IN_B',
  UPPER(TRIM(acct_cd)),
  NULL,
  NULL
FROM sj_db.sys_a
WHERE
  NOT UPPER(RTRIM(acct_cd)) IN (
    SELECT
      UPPER(RTRIM(acct_cd))
    FROM sj_db.sys_b
  )
"""

# source: input.sql:75
S200 = """\
INSERT INTO sj_db.result_recon
SELECT
  'NOT_EXISTS_B',
  UPPER(TRIM(a.acct_cd)),
  a.owner_nm,
  NULL
FROM sj_db.sys_a AS a
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM sj_db.sys_b AS b
    WHERE
      UPPER(RTRIM(b.acct_cd)) = UPPER(RTRIM(a.acct_cd))
  )
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030)
        script.sql('S040', S040, writes='sj_db.sys_a')
        script.sql('S050', S050, writes='sj_db.sys_a')
        script.sql('S060', S060, writes='sj_db.sys_a')
        script.sql('S070', S070, writes='sj_db.sys_a')
        script.sql('S080', S080, writes='sj_db.sys_a')
        script.sql('S090', S090, writes='sj_db.sys_b')
        script.sql('S100', S100, writes='sj_db.sys_b')
        script.sql('S110', S110, writes='sj_db.sys_b')
        script.sql('S120', S120, writes='sj_db.sys_b')
        script.sql('S130', S130, writes='sj_db.sys_b')
        script.sql('S140', S140, writes='sj_db.run_param')
        script.sql('S150', S150)
        script.sql('S160', S160, writes='sj_db.result_recon')
        script.sql('S170', S170, writes='sj_db.result_recon')
        script.sql('S180', S180, writes='sj_db.result_recon')
        script.sql('S190', S190, writes='sj_db.result_recon')
        script.sql('S200', S200, writes='sj_db.result_recon')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
