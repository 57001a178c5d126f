-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- ROW_NUMBER / RANK / DENSE_RANK with NULLs in ORDER BY (ASC and DESC) and PARTITION BY a
--    default NOT CASESPECIFIC column whose values differ in case and trailing blanks
-- source: input.sql:3  [S010]
CREATE TABLE win_db.scores (
  s_id INTEGER NOT NULL,
  team VARCHAR(20),
  pts INTEGER
)
DISTKEY(s_id);

-- source: input.sql:11  [S020]
INSERT INTO win_db.scores
VALUES
  (1, 'Red', 10);

-- source: input.sql:12  [S030]
INSERT INTO win_db.scores
VALUES
  (2, 'RED ', NULL);

-- source: input.sql:13  [S040]
INSERT INTO win_db.scores
VALUES
  (3, 'red', 10);

-- source: input.sql:14  [S050]
INSERT INTO win_db.scores
VALUES
  (4, 'Red', 7);

-- source: input.sql:15  [S060]
INSERT INTO win_db.scores
VALUES
  (5, 'Blue', NULL);

-- source: input.sql:16  [S070]
INSERT INTO win_db.scores
VALUES
  (6, 'blue', 3);

-- source: input.sql:17  [S080]
INSERT INTO win_db.scores
VALUES
  (7, 'BLUE', NULL);

-- source: input.sql:19  [S090]
CREATE TABLE win_db.result_rank_ncs (
  s_id INTEGER,
  rn_asc INTEGER,
  rn_desc INTEGER,
  rk_desc INTEGER,
  drk_asc INTEGER,
  team_cnt INTEGER,
  is_top CHAR(1)
)
DISTKEY(s_id);

-- source: input.sql:31  [S100]
INSERT INTO win_db.result_rank_ncs
SELECT
  s_id,
  ROW_NUMBER() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts NULLS FIRST, s_id NULLS FIRST),
  ROW_NUMBER() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts DESC NULLS LAST, s_id NULLS FIRST),
  RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts DESC NULLS LAST),
  DENSE_RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts ASC NULLS FIRST),
  COUNT(*) OVER (PARTITION BY UPPER(RTRIM(team))),
  'N'
FROM win_db.scores;

-- source: input.sql:41  [S110]
UPDATE win_db.result_rank_ncs SET is_top = 'Y'
WHERE
  s_id IN (
    SELECT
      s_id
    FROM (
      SELECT
        s_id,
        RANK() OVER (PARTITION BY UPPER(RTRIM(team)) ORDER BY pts DESC NULLS LAST) AS leapc_w_1
      FROM win_db.scores
    ) AS leapc_t_2
    WHERE
      leapc_w_1 = 1
  );
