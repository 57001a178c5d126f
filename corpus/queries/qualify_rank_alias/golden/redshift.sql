-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- QUALIFY on a select-list alias (RANK with ties) and on a window that appears only in QUALIFY
--    (DENSE_RANK); the rank alias is also stored
-- source: input.sql:3  [S010]
CREATE TABLE qry_db.scores (
  player VARCHAR(20),
  team CHAR(2),
  points INTEGER
)
DISTKEY(player);

-- source: input.sql:11  [S020]
INSERT INTO qry_db.scores
VALUES
  ('P1', 'RD', 50);

-- source: input.sql:12  [S030]
INSERT INTO qry_db.scores
VALUES
  ('P2', 'RD', 50);

-- source: input.sql:13  [S040]
INSERT INTO qry_db.scores
VALUES
  ('P3', 'RD', 40);

-- source: input.sql:14  [S050]
INSERT INTO qry_db.scores
VALUES
  ('P4', 'RD', 30);

-- source: input.sql:15  [S060]
INSERT INTO qry_db.scores
VALUES
  ('P5', 'BL', 10);

-- source: input.sql:16  [S070]
INSERT INTO qry_db.scores
VALUES
  ('P6', 'BL', 20);

-- source: input.sql:17  [S080]
INSERT INTO qry_db.scores
VALUES
  ('P7', 'BL', 20);

-- source: input.sql:19  [S090]
CREATE TABLE qry_db.result_ranked (
  kind VARCHAR(20),
  player VARCHAR(20),
  team CHAR(2),
  rnk INTEGER
)
DISTKEY(player);

-- source: input.sql:28  [S100]
INSERT INTO qry_db.result_ranked
SELECT
  SUBSTRING(leapc_c_1 FROM 1 FOR 10),
  player,
  team,
  rnk
FROM (
  SELECT
    'rank2' AS leapc_c_1,
    player,
    team,
    RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY points DESC NULLS LAST) AS rnk
  FROM qry_db.scores
) AS leapc_t_2
WHERE
  rnk <= 2;

-- source: input.sql:33  [S110]
INSERT INTO qry_db.result_ranked
SELECT
  SUBSTRING(leapc_c_3 FROM 1 FOR 10),
  player,
  team,
  points
FROM (
  SELECT
    'dense2' AS leapc_c_3,
    player,
    team,
    points,
    DENSE_RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY points DESC NULLS LAST) AS leapc_w_4
  FROM qry_db.scores
) AS leapc_t_5
WHERE
  leapc_w_4 = 2;
