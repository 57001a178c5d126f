-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- PERCENT_RANK and CUME_DIST with ties and NULLs, ascending and descending; partition sizes
--    chosen so every value is exact in binary floating point
-- source: input.sql:3  [S010]
CREATE TABLE win_db.five (
  id INTEGER NOT NULL,
  v INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
CREATE TABLE win_db.four (
  id INTEGER NOT NULL,
  v INTEGER
)
DISTKEY(id);

-- source: input.sql:17  [S030]
INSERT INTO win_db.five
VALUES
  (1, 10);

-- source: input.sql:18  [S040]
INSERT INTO win_db.five
VALUES
  (2, NULL);

-- source: input.sql:19  [S050]
INSERT INTO win_db.five
VALUES
  (3, 20);

-- source: input.sql:20  [S060]
INSERT INTO win_db.five
VALUES
  (4, 20);

-- source: input.sql:21  [S070]
INSERT INTO win_db.five
VALUES
  (5, 30);

-- source: input.sql:22  [S080]
INSERT INTO win_db.four
VALUES
  (1, NULL);

-- source: input.sql:23  [S090]
INSERT INTO win_db.four
VALUES
  (2, 5);

-- source: input.sql:24  [S100]
INSERT INTO win_db.four
VALUES
  (3, 5);

-- source: input.sql:25  [S110]
INSERT INTO win_db.four
VALUES
  (4, 9);

-- source: input.sql:27  [S120]
CREATE TABLE win_db.result_pct (
  src VARCHAR(20),
  id INTEGER,
  asc_val DECIMAL(5, 4),
  desc_val DECIMAL(5, 4)
)
DISTKEY(id);

-- source: input.sql:36  [S130]
INSERT INTO win_db.result_pct
SELECT
  'pct_rank',
  id,
  PERCENT_RANK() OVER (ORDER BY v NULLS FIRST),
  PERCENT_RANK() OVER (ORDER BY v DESC NULLS LAST)
FROM win_db.five;

-- source: input.sql:42  [S140]
INSERT INTO win_db.result_pct
SELECT
  'cume_dist',
  id,
  CUME_DIST() OVER (ORDER BY v ASC NULLS FIRST),
  CUME_DIST() OVER (ORDER BY v DESC NULLS LAST)
FROM win_db.four;
