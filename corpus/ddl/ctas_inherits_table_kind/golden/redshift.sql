-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CT ... AS source_table copies the source's table kind: a copy of a SET table is a SET table,
--    so INSERT ... SELECT of duplicates into the copy drops them. CREATE MULTISET TABLE ... AS
--    (query) WITH NO DATA takes column names from the select aliases and starts empty.
-- source: input.sql:4  [S010]
CREATE TABLE ddl_db.codes (
  code INTEGER,
  label VARCHAR(16)
)
DISTKEY(code);

-- source: input.sql:11  [S020]
INSERT INTO ddl_db.codes
SELECT
  1,
  'one'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM ddl_db.codes AS leapc_stored_1
    WHERE
      leapc_stored_1.code = 1 AND UPPER(RTRIM(leapc_stored_1.label)) = 'ONE'
  );

-- source: input.sql:12  [S030]
INSERT INTO ddl_db.codes
SELECT
  2,
  'two'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM ddl_db.codes AS leapc_stored_2
    WHERE
      leapc_stored_2.code = 2 AND UPPER(RTRIM(leapc_stored_2.label)) = 'TWO'
  );

-- source: input.sql:14  [S040]
CREATE TABLE ddl_db.codes_copy AS
SELECT
  *
FROM ddl_db.codes;

-- source: input.sql:15  [S050]
INSERT INTO ddl_db.codes_copy
SELECT
  leapc_g_5.leapc_s1 AS code,
  leapc_g_5.leapc_s2 AS label
FROM (
  SELECT
    leapc_l_3.leapc_s1 AS leapc_s1,
    MIN(leapc_l_3.leapc_s2) AS leapc_s2,
    leapc_l_3.leapc_s1 AS leapc_s1_key,
    UPPER(RTRIM(leapc_l_3.leapc_s2)) AS leapc_s2_key
  FROM (
    SELECT
      code,
      label
    FROM ddl_db.codes
  ) AS leapc_l_3(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_3.leapc_s1,
    UPPER(RTRIM(leapc_l_3.leapc_s2))
) AS leapc_g_5
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM ddl_db.codes_copy
    ) AS leapc_r_4(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_4.leapc_s1 = leapc_g_5.leapc_s1_key
        OR (
          leapc_r_4.leapc_s1 IS NULL AND leapc_g_5.leapc_s1_key IS NULL
        )
      )
      AND (
        UPPER(RTRIM(leapc_r_4.leapc_s2)) = leapc_g_5.leapc_s2_key
        OR (
          UPPER(RTRIM(leapc_r_4.leapc_s2)) IS NULL AND leapc_g_5.leapc_s2_key IS NULL
        )
      )
  );

-- source: input.sql:16  [S060]
INSERT INTO ddl_db.codes_copy
SELECT
  leapc_g_8.leapc_s1 AS "3",
  leapc_g_8.leapc_s2 AS three
FROM (
  SELECT
    leapc_l_6.leapc_s1 AS leapc_s1,
    MIN(leapc_l_6.leapc_s2) AS leapc_s2,
    leapc_l_6.leapc_s1 AS leapc_s1_key,
    RTRIM(leapc_l_6.leapc_s2) AS leapc_s2_key
  FROM (
    SELECT
      3,
      'three'
  ) AS leapc_l_6(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_6.leapc_s1,
    RTRIM(leapc_l_6.leapc_s2)
) AS leapc_g_8
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM ddl_db.codes_copy
    ) AS leapc_r_7(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_7.leapc_s1 = leapc_g_8.leapc_s1_key
        OR (
          leapc_r_7.leapc_s1 IS NULL AND leapc_g_8.leapc_s1_key IS NULL
        )
      )
      AND (
        RTRIM(leapc_r_7.leapc_s2) = leapc_g_8.leapc_s2_key
        OR (
          RTRIM(leapc_r_7.leapc_s2) IS NULL AND leapc_g_8.leapc_s2_key IS NULL
        )
      )
  );

-- source: input.sql:17  [S070]
INSERT INTO ddl_db.codes_copy
SELECT
  leapc_g_11.leapc_s1 AS "3",
  leapc_g_11.leapc_s2 AS three
FROM (
  SELECT
    leapc_l_9.leapc_s1 AS leapc_s1,
    MIN(leapc_l_9.leapc_s2) AS leapc_s2,
    leapc_l_9.leapc_s1 AS leapc_s1_key,
    RTRIM(leapc_l_9.leapc_s2) AS leapc_s2_key
  FROM (
    SELECT
      3,
      'three'
  ) AS leapc_l_9(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_9.leapc_s1,
    RTRIM(leapc_l_9.leapc_s2)
) AS leapc_g_11
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM ddl_db.codes_copy
    ) AS leapc_r_10(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_10.leapc_s1 = leapc_g_11.leapc_s1_key
        OR (
          leapc_r_10.leapc_s1 IS NULL AND leapc_g_11.leapc_s1_key IS NULL
        )
      )
      AND (
        RTRIM(leapc_r_10.leapc_s2) = leapc_g_11.leapc_s2_key
        OR (
          RTRIM(leapc_r_10.leapc_s2) IS NULL AND leapc_g_11.leapc_s2_key IS NULL
        )
      )
  );

-- source: input.sql:19  [S080]
CREATE TABLE ddl_db.codes_shape AS
SELECT
  *
FROM (
  SELECT
    code * 10 AS code10,
    label AS lbl
  FROM ddl_db.codes
  WHERE
    code = 1
) AS leapc_no_data
WHERE
  FALSE;

-- source: input.sql:22  [S090]
INSERT INTO ddl_db.codes_shape
SELECT
  code,
  label
FROM ddl_db.codes_copy;

-- source: input.sql:23  [S100]
INSERT INTO ddl_db.codes_shape
SELECT
  code,
  label
FROM ddl_db.codes_copy
WHERE
  code = 3;

-- source: input.sql:25  [S110]
CREATE TABLE ddl_db.result_ctas_kind (
  src VARCHAR(16),
  code INTEGER,
  label VARCHAR(16),
  cnt INTEGER
)
DISTKEY(code);

-- source: input.sql:34  [S120]
INSERT INTO ddl_db.result_ctas_kind
SELECT
  'copy',
  code,
  MIN(label) AS label,
  COUNT(*)
FROM ddl_db.codes_copy
GROUP BY
  code,
  UPPER(RTRIM(label));

-- source: input.sql:35  [S130]
INSERT INTO ddl_db.result_ctas_kind
SELECT
  'shape',
  code10,
  MIN(lbl) AS lbl,
  COUNT(*)
FROM ddl_db.codes_shape
GROUP BY
  code10,
  UPPER(RTRIM(lbl));
