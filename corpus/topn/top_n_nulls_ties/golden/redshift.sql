-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- TOP n with ORDER BY: NULLs sort lowest (first ascending, last descending); WITH TIES
-- source: input.sql:2  [S010]
CREATE TABLE top_db.scores (
  player VARCHAR(20) NOT NULL,
  score INTEGER
)
DISTKEY(player);

-- source: input.sql:9  [S020]
INSERT INTO top_db.scores
VALUES
  ('ann', 90);

-- source: input.sql:10  [S030]
INSERT INTO top_db.scores
VALUES
  ('bob', 85);

-- source: input.sql:11  [S040]
INSERT INTO top_db.scores
VALUES
  ('cat', 85);

-- source: input.sql:12  [S050]
INSERT INTO top_db.scores
VALUES
  ('dan', 70);

-- source: input.sql:13  [S060]
INSERT INTO top_db.scores
VALUES
  ('eve', NULL);

-- source: input.sql:14  [S070]
INSERT INTO top_db.scores
VALUES
  ('fay', 60);

-- source: input.sql:16  [S080]
CREATE TABLE top_db.result_top (
  "tag" VARCHAR(20),
  player VARCHAR(20),
  score INTEGER
)
DISTKEY(player);

-- source: input.sql:24  [S090]
INSERT INTO top_db.result_top
SELECT
  'DESC3',
  player,
  score
FROM top_db.scores
ORDER BY
  score DESC NULLS LAST,
  UPPER(RTRIM(player)) NULLS FIRST
LIMIT 3;

-- source: input.sql:29  [S100]
INSERT INTO top_db.result_top
SELECT
  'ASC2',
  player,
  score
FROM top_db.scores
ORDER BY
  score ASC NULLS FIRST,
  UPPER(RTRIM(player)) NULLS FIRST
LIMIT 2;

-- source: input.sql:34  [S110]
INSERT INTO top_db.result_top
SELECT
  SUBSTRING(leapc_c_1 FROM 1 FOR 10),
  player,
  score
FROM (
  SELECT
    'TIES2' AS leapc_c_1,
    player,
    score,
    RANK() OVER (ORDER BY score DESC NULLS LAST) AS leapc_w_2
  FROM top_db.scores
) AS leapc_t_3
WHERE
  leapc_w_2 <= 2
ORDER BY
  score DESC NULLS LAST;
