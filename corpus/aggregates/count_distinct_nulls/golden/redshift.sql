-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- COUNT(*) vs COUNT(col) vs COUNT(DISTINCT col) with NULLs, an all-NULL group, and values that
--    differ only by trailing blanks (equal in Teradata)
-- source: input.sql:3  [S010]
CREATE TABLE agg_db.visits (
  id INTEGER NOT NULL,
  grp VARCHAR(8),
  page VARCHAR(20),
  usr INTEGER
)
DISTKEY(id);

-- source: input.sql:12  [S020]
INSERT INTO agg_db.visits
VALUES
  (1, 'A', 'HOME', 1);

-- source: input.sql:13  [S030]
INSERT INTO agg_db.visits
VALUES
  (2, 'A', 'HOME  ', 1);

-- source: input.sql:14  [S040]
INSERT INTO agg_db.visits
VALUES
  (3, 'A', NULL, 2);

-- source: input.sql:15  [S050]
INSERT INTO agg_db.visits
VALUES
  (4, 'A', 'CART', NULL);

-- source: input.sql:16  [S060]
INSERT INTO agg_db.visits
VALUES
  (5, 'B', NULL, NULL);

-- source: input.sql:17  [S070]
INSERT INTO agg_db.visits
VALUES
  (6, 'B', NULL, NULL);

-- source: input.sql:18  [S080]
INSERT INTO agg_db.visits
VALUES
  (7, 'C', 'HOME', 3);

-- source: input.sql:20  [S090]
CREATE TABLE agg_db.result_counts (
  grp VARCHAR(8),
  n_rows INTEGER,
  n_page INTEGER,
  n_dpage INTEGER,
  n_dusr INTEGER
)
DISTKEY(grp);

-- source: input.sql:30  [S100]
INSERT INTO agg_db.result_counts
SELECT
  MIN(grp) AS grp,
  COUNT(*),
  COUNT(page),
  COUNT(DISTINCT UPPER(RTRIM(page))),
  COUNT(DISTINCT usr)
FROM agg_db.visits
GROUP BY
  UPPER(RTRIM(grp));

-- source: input.sql:35  [S110]
INSERT INTO agg_db.result_counts
SELECT
  'ALL',
  COUNT(*),
  COUNT(page),
  COUNT(DISTINCT UPPER(RTRIM(page))),
  COUNT(DISTINCT usr)
FROM agg_db.visits;
