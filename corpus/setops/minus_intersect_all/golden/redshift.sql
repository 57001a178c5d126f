-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- MINUS (= EXCEPT, distinct), EXCEPT ALL and INTERSECT ALL (multiplicities), INTERSECT (distinct)
-- source: input.sql:2  [S010]
CREATE TABLE set_db.bag_a (
  v INTEGER
)
DISTKEY(v);

-- source: input.sql:8  [S020]
CREATE TABLE set_db.bag_b (
  v INTEGER
)
DISTKEY(v);

-- source: input.sql:14  [S030]
INSERT INTO set_db.bag_a
VALUES
  (1);

-- source: input.sql:15  [S040]
INSERT INTO set_db.bag_a
VALUES
  (1);

-- source: input.sql:16  [S050]
INSERT INTO set_db.bag_a
VALUES
  (1);

-- source: input.sql:17  [S060]
INSERT INTO set_db.bag_a
VALUES
  (2);

-- source: input.sql:18  [S070]
INSERT INTO set_db.bag_a
VALUES
  (3);

-- source: input.sql:19  [S080]
INSERT INTO set_db.bag_a
VALUES
  (NULL);

-- source: input.sql:20  [S090]
INSERT INTO set_db.bag_a
VALUES
  (NULL);

-- source: input.sql:21  [S100]
INSERT INTO set_db.bag_b
VALUES
  (1);

-- source: input.sql:22  [S110]
INSERT INTO set_db.bag_b
VALUES
  (3);

-- source: input.sql:23  [S120]
INSERT INTO set_db.bag_b
VALUES
  (3);

-- source: input.sql:24  [S130]
INSERT INTO set_db.bag_b
VALUES
  (NULL);

-- source: input.sql:26  [S140]
CREATE TABLE set_db.result_setops (
  op VARCHAR(30),
  v INTEGER
)
DISTKEY(op);

-- source: input.sql:33  [S150]
INSERT INTO set_db.result_setops
SELECT
  'minus',
  v
FROM (
  SELECT
    v
  FROM set_db.bag_a
  EXCEPT
  SELECT
    v
  FROM set_db.bag_b
) AS d;

-- source: input.sql:35  [S160]
INSERT INTO set_db.result_setops
SELECT
  'except_all',
  v
FROM (
  (
    SELECT
      leapc_c1 AS v
    FROM (
      SELECT
        leapc_c1,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          v
        FROM set_db.bag_a
      ) AS leapc_s_1(leapc_c1)
      EXCEPT
      SELECT
        leapc_c1,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          v
        FROM set_db.bag_b
      ) AS leapc_s_2(leapc_c1)
    ) AS leapc_s_3
  )
) AS d;

-- source: input.sql:37  [S170]
INSERT INTO set_db.result_setops
SELECT
  'intersect',
  v
FROM (
  SELECT
    v
  FROM set_db.bag_a
  INTERSECT
  SELECT
    v
  FROM set_db.bag_b
) AS d;

-- source: input.sql:39  [S180]
INSERT INTO set_db.result_setops
SELECT
  'intersect_all',
  v
FROM (
  (
    SELECT
      leapc_c1 AS v
    FROM (
      SELECT
        leapc_c1,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          v
        FROM set_db.bag_a
      ) AS leapc_s_4(leapc_c1)
      INTERSECT
      SELECT
        leapc_c1,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          v
        FROM set_db.bag_b
      ) AS leapc_s_5(leapc_c1)
    ) AS leapc_s_6
  )
) AS d;
