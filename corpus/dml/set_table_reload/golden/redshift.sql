-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INSERT ... SELECT into a SET table silently drops rows that duplicate each other or rows
--    already stored; reloading the same source adds nothing; MULTISET keeps every row
-- source: input.sql:3  [S010]
CREATE TABLE dml_db.stage (
  k INTEGER,
  v VARCHAR(10)
)
DISTKEY(k);

-- source: input.sql:10  [S020]
CREATE TABLE dml_db.dim_set (
  k INTEGER,
  v VARCHAR(10)
)
DISTKEY(k);

-- source: input.sql:17  [S030]
CREATE TABLE dml_db.dim_multi (
  k INTEGER,
  v VARCHAR(10)
)
DISTKEY(k);

-- source: input.sql:24  [S040]
INSERT INTO dml_db.stage
VALUES
  (1, 'A');

-- source: input.sql:25  [S050]
INSERT INTO dml_db.stage
VALUES
  (1, 'A');

-- source: input.sql:26  [S060]
INSERT INTO dml_db.stage
VALUES
  (1, 'Z');

-- source: input.sql:27  [S070]
INSERT INTO dml_db.stage
VALUES
  (2, 'B');

-- source: input.sql:28  [S080]
INSERT INTO dml_db.stage
VALUES
  (3, 'C');

-- source: input.sql:29  [S090]
INSERT INTO dml_db.dim_set
SELECT
  3,
  'C'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml_db.dim_set AS leapc_stored_1
    WHERE
      leapc_stored_1.k = 3 AND UPPER(RTRIM(leapc_stored_1.v)) = 'C'
  );

-- source: input.sql:31  [S100]
INSERT INTO dml_db.dim_set
SELECT
  leapc_g_4.leapc_s1 AS k,
  leapc_g_4.leapc_s2 AS v
FROM (
  SELECT
    leapc_l_2.leapc_s1 AS leapc_s1,
    MIN(leapc_l_2.leapc_s2) AS leapc_s2,
    leapc_l_2.leapc_s1 AS leapc_s1_key,
    UPPER(RTRIM(leapc_l_2.leapc_s2)) AS leapc_s2_key
  FROM (
    SELECT
      k,
      v
    FROM dml_db.stage
  ) AS leapc_l_2(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_2.leapc_s1,
    UPPER(RTRIM(leapc_l_2.leapc_s2))
) AS leapc_g_4
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM dml_db.dim_set
    ) AS leapc_r_3(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_3.leapc_s1 = leapc_g_4.leapc_s1_key
        OR (
          leapc_r_3.leapc_s1 IS NULL AND leapc_g_4.leapc_s1_key IS NULL
        )
      )
      AND (
        UPPER(RTRIM(leapc_r_3.leapc_s2)) = leapc_g_4.leapc_s2_key
        OR (
          UPPER(RTRIM(leapc_r_3.leapc_s2)) IS NULL AND leapc_g_4.leapc_s2_key IS NULL
        )
      )
  );

-- source: input.sql:32  [S110]
INSERT INTO dml_db.dim_set
SELECT
  leapc_g_7.leapc_s1 AS k,
  leapc_g_7.leapc_s2 AS v
FROM (
  SELECT
    leapc_l_5.leapc_s1 AS leapc_s1,
    MIN(leapc_l_5.leapc_s2) AS leapc_s2,
    leapc_l_5.leapc_s1 AS leapc_s1_key,
    UPPER(RTRIM(leapc_l_5.leapc_s2)) AS leapc_s2_key
  FROM (
    SELECT
      k,
      v
    FROM dml_db.stage
  ) AS leapc_l_5(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_5.leapc_s1,
    UPPER(RTRIM(leapc_l_5.leapc_s2))
) AS leapc_g_7
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM dml_db.dim_set
    ) AS leapc_r_6(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_6.leapc_s1 = leapc_g_7.leapc_s1_key
        OR (
          leapc_r_6.leapc_s1 IS NULL AND leapc_g_7.leapc_s1_key IS NULL
        )
      )
      AND (
        UPPER(RTRIM(leapc_r_6.leapc_s2)) = leapc_g_7.leapc_s2_key
        OR (
          UPPER(RTRIM(leapc_r_6.leapc_s2)) IS NULL AND leapc_g_7.leapc_s2_key IS NULL
        )
      )
  );

-- source: input.sql:33  [S120]
INSERT INTO dml_db.dim_multi
SELECT
  k,
  v
FROM dml_db.stage;

-- source: input.sql:35  [S130]
CREATE TABLE dml_db.result_set_table (
  tbl VARCHAR(20),
  k INTEGER,
  v VARCHAR(10),
  cnt INTEGER
)
DISTKEY(k);

-- source: input.sql:44  [S140]
INSERT INTO dml_db.result_set_table
SELECT
  'set',
  k,
  MIN(v) AS v,
  COUNT(*)
FROM dml_db.dim_set
GROUP BY
  k,
  UPPER(RTRIM(v));

-- source: input.sql:45  [S150]
INSERT INTO dml_db.result_set_table
SELECT
  'multi',
  k,
  MIN(v) AS v,
  COUNT(*)
FROM dml_db.dim_multi
GROUP BY
  k,
  UPPER(RTRIM(v));
