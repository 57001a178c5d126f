-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- Single-row INSERT of a duplicate row into a SET table fails with 2802 (BTEQ continues, and
--    ERRORCODE is 2802); trailing blanks do not make a row different; the same duplicate through
--    INSERT ... SELECT is silently discarded with ERRORCODE 0
-- source: input.bteq:5  [S010]
CREATE TABLE dup_db.tags (
  id INTEGER,
  "tag" VARCHAR(12)
)
DISTKEY(id);

-- source: input.bteq:6  [S020]
CREATE TABLE dup_db.log (
  step INTEGER,
  code INTEGER
)
DISTKEY(step);

-- source: input.bteq:7  [S030]
INSERT INTO dup_db.tags
SELECT
  1,
  'ab'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_1
    WHERE
      leapc_stored_1.id = 1 AND UPPER(RTRIM(leapc_stored_1."tag")) = 'AB'
  );

-- source: input.bteq:8  [S040]
INSERT INTO dup_db.tags
SELECT
  1,
  'ab'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_2
    WHERE
      leapc_stored_2.id = 1 AND UPPER(RTRIM(leapc_stored_2."tag")) = 'AB'
  );

-- source: input.bteq:9  BTEQ: .IF ERRORCODE = 2802 THEN .GOTO DUP1

-- source: input.bteq:10  [S050]
INSERT INTO dup_db.log
VALUES
  (1, 0);

-- source: input.bteq:11  BTEQ: .GOTO NEXT1

-- source: input.bteq:12  BTEQ: .LABEL DUP1

-- source: input.bteq:13  [S060]
INSERT INTO dup_db.log
VALUES
  (1, 2802);

-- source: input.bteq:14  BTEQ: .LABEL NEXT1

-- source: input.bteq:15  [S070]
INSERT INTO dup_db.tags
SELECT
  1,
  'ab   '
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_3
    WHERE
      leapc_stored_3.id = 1 AND UPPER(RTRIM(leapc_stored_3."tag")) = 'AB'
  );

-- source: input.bteq:16  BTEQ: .IF ERRORCODE = 2802 THEN .GOTO DUP2

-- source: input.bteq:17  [S080]
INSERT INTO dup_db.log
VALUES
  (2, 0);

-- source: input.bteq:18  BTEQ: .GOTO NEXT2

-- source: input.bteq:19  BTEQ: .LABEL DUP2

-- source: input.bteq:20  [S090]
INSERT INTO dup_db.log
VALUES
  (2, 2802);

-- source: input.bteq:21  BTEQ: .LABEL NEXT2

-- source: input.bteq:22  [S100]
INSERT INTO dup_db.tags
SELECT
  2,
  'cd'
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dup_db.tags AS leapc_stored_4
    WHERE
      leapc_stored_4.id = 2 AND UPPER(RTRIM(leapc_stored_4."tag")) = 'CD'
  );

-- source: input.bteq:23  [S110]
INSERT INTO dup_db.tags
SELECT
  leapc_g_7.leapc_s1 AS "1",
  leapc_g_7.leapc_s2 AS ab
FROM (
  SELECT
    leapc_l_5.leapc_s1 AS leapc_s1,
    MIN(leapc_l_5.leapc_s2) AS leapc_s2,
    leapc_l_5.leapc_s1 AS leapc_s1_key,
    RTRIM(leapc_l_5.leapc_s2) AS leapc_s2_key
  FROM (
    SELECT
      1,
      'ab'
  ) AS leapc_l_5(leapc_s1, leapc_s2)
  GROUP BY
    leapc_l_5.leapc_s1,
    RTRIM(leapc_l_5.leapc_s2)
) AS leapc_g_7
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        *
      FROM dup_db.tags
    ) AS leapc_r_6(leapc_s1, leapc_s2)
    WHERE
      (
        leapc_r_6.leapc_s1 = leapc_g_7.leapc_s1_key
        OR (
          leapc_r_6.leapc_s1 IS NULL AND leapc_g_7.leapc_s1_key IS NULL
        )
      )
      AND (
        RTRIM(leapc_r_6.leapc_s2) = leapc_g_7.leapc_s2_key
        OR (
          RTRIM(leapc_r_6.leapc_s2) IS NULL AND leapc_g_7.leapc_s2_key IS NULL
        )
      )
  );

-- source: input.bteq:24  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO SEL_FAILED

-- source: input.bteq:25  [S120]
INSERT INTO dup_db.log
VALUES
  (3, 0);

-- source: input.bteq:26  BTEQ: .GOTO DONE

-- source: input.bteq:27  BTEQ: .LABEL SEL_FAILED

-- source: input.bteq:28  [S130]
INSERT INTO dup_db.log
VALUES
  (3, 1);

-- source: input.bteq:29  BTEQ: .LABEL DONE

-- source: input.bteq:30  [S140]
INSERT INTO dup_db.log
SELECT
  10 + id,
  COUNT(*)
FROM dup_db.tags
GROUP BY
  id;

-- source: input.bteq:31  BTEQ: .QUIT 0
