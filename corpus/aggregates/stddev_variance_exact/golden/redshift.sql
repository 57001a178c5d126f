-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- STDDEV_SAMP / STDDEV_POP / VAR_SAMP / VAR_POP on exact data; one-row and all-NULL groups
-- source: input.sql:2  [S010]
CREATE TABLE agg_db.samples (
  id INTEGER NOT NULL,
  grp VARCHAR(8),
  x INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO agg_db.samples
VALUES
  (1, 'A', 2);

-- source: input.sql:11  [S030]
INSERT INTO agg_db.samples
VALUES
  (2, 'A', 4);

-- source: input.sql:12  [S040]
INSERT INTO agg_db.samples
VALUES
  (3, 'A', 4);

-- source: input.sql:13  [S050]
INSERT INTO agg_db.samples
VALUES
  (4, 'A', 4);

-- source: input.sql:14  [S060]
INSERT INTO agg_db.samples
VALUES
  (5, 'A', 5);

-- source: input.sql:15  [S070]
INSERT INTO agg_db.samples
VALUES
  (6, 'A', 5);

-- source: input.sql:16  [S080]
INSERT INTO agg_db.samples
VALUES
  (7, 'A', 7);

-- source: input.sql:17  [S090]
INSERT INTO agg_db.samples
VALUES
  (8, 'A', 9);

-- source: input.sql:18  [S100]
INSERT INTO agg_db.samples
VALUES
  (9, 'B', 10);

-- source: input.sql:19  [S110]
INSERT INTO agg_db.samples
VALUES
  (10, 'B', NULL);

-- source: input.sql:20  [S120]
INSERT INTO agg_db.samples
VALUES
  (11, 'C', NULL);

-- source: input.sql:21  [S130]
INSERT INTO agg_db.samples
VALUES
  (12, 'D', 1);

-- source: input.sql:22  [S140]
INSERT INTO agg_db.samples
VALUES
  (13, 'D', 3);

-- source: input.sql:24  [S150]
CREATE TABLE agg_db.result_stats (
  grp VARCHAR(8),
  sd_pop DECIMAL(12, 4),
  sd_samp DECIMAL(12, 4),
  v_pop DECIMAL(12, 4),
  v_samp DECIMAL(12, 4)
)
DISTKEY(grp);

-- source: input.sql:34  [S160]
INSERT INTO agg_db.result_stats
SELECT
  MIN(grp) AS grp,
  STDDEV_POP(x),
  STDDEV_SAMP(x),
  VAR_POP(x),
  VAR_SAMP(x)
FROM agg_db.samples
GROUP BY
  UPPER(RTRIM(grp));
