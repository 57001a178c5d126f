-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- AVG returns FLOAT (also for INTEGER and DECIMAL input) and keeps the fraction; SUM of DECIMAL
--    stays exact; stored into DECIMAL and FLOAT columns
-- source: input.sql:3  [S010]
CREATE TABLE agg_db.scores (
  id INTEGER NOT NULL,
  team VARCHAR(8),
  pts INTEGER,
  amt DECIMAL(8, 2)
)
DISTKEY(id);

-- source: input.sql:12  [S020]
INSERT INTO agg_db.scores
VALUES
  (1, 'A', 1, 1.00);

-- source: input.sql:13  [S030]
INSERT INTO agg_db.scores
VALUES
  (2, 'A', 2, 2.00);

-- source: input.sql:14  [S040]
INSERT INTO agg_db.scores
VALUES
  (3, 'A', 2, 2.00);

-- source: input.sql:15  [S050]
INSERT INTO agg_db.scores
VALUES
  (4, 'B', 1, 0.10);

-- source: input.sql:16  [S060]
INSERT INTO agg_db.scores
VALUES
  (5, 'B', 2, 0.20);

-- source: input.sql:17  [S070]
INSERT INTO agg_db.scores
VALUES
  (6, 'C', -3, NULL);

-- source: input.sql:18  [S080]
INSERT INTO agg_db.scores
VALUES
  (7, 'C', -4, NULL);

-- source: input.sql:20  [S090]
CREATE TABLE agg_db.result_avg_sum (
  team VARCHAR(8),
  avg_pts DECIMAL(10, 2),
  avg_ptsf DOUBLE PRECISION,
  avg_amt DECIMAL(10, 2),
  sum_amt DECIMAL(12, 2),
  sum_pts INTEGER
)
DISTKEY(team);

-- source: input.sql:31  [S100]
INSERT INTO agg_db.result_avg_sum
SELECT
  MIN(team) AS team,
  AVG(CAST(pts AS DOUBLE PRECISION)),
  AVG(CAST(pts AS DOUBLE PRECISION)),
  AVG(amt),
  SUM(amt),
  SUM(pts)
FROM agg_db.scores
GROUP BY
  UPPER(RTRIM(team));
