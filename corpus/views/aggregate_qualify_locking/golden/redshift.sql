-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Views with LOCKING ROW FOR ACCESS, with GROUP BY/HAVING, and with QUALIFY (latest row per key,
--    NULL timestamps sort first ascending / last descending); queries filter on the views'
--    aggregate and window columns
-- source: input.sql:4  [S010]
CREATE TABLE vw_db.readings (
  dev VARCHAR(8),
  ts TIMESTAMP,
  val INTEGER
)
DISTKEY(dev);

-- source: input.sql:12  [S020]
INSERT INTO vw_db.readings
VALUES
  ('d1', CAST('2024-01-01 10:00:00' AS TIMESTAMP), 5);

-- source: input.sql:13  [S030]
INSERT INTO vw_db.readings
VALUES
  ('d1', CAST('2024-01-01 11:00:00' AS TIMESTAMP), 7);

-- source: input.sql:14  [S040]
INSERT INTO vw_db.readings
VALUES
  ('d1', NULL, 99);

-- source: input.sql:15  [S050]
INSERT INTO vw_db.readings
VALUES
  ('d2', CAST('2024-01-01 09:00:00' AS TIMESTAMP), 1);

-- source: input.sql:16  [S060]
INSERT INTO vw_db.readings
VALUES
  ('D2', CAST('2024-01-02 09:00:00' AS TIMESTAMP), 2);

-- source: input.sql:17  [S070]
INSERT INTO vw_db.readings
VALUES
  ('d3', NULL, 4);

-- source: input.sql:19  [S080]
CREATE OR REPLACE VIEW vw_db.v_dev_stats AS
SELECT
  MIN(dev) AS dev,
  COUNT(*) AS n,
  SUM(val) AS total,
  MAX(ts) AS last_ts
FROM vw_db.readings
GROUP BY
  UPPER(RTRIM(dev))
HAVING
  COUNT(ts) > 0;

-- source: input.sql:26  [S090]
CREATE OR REPLACE VIEW vw_db.v_dev_latest AS
SELECT
  dev,
  ts,
  val,
  rn
FROM (
  SELECT
    dev,
    ts,
    val,
    ROW_NUMBER() OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY ts DESC NULLS LAST) AS rn
  FROM vw_db.readings
) AS leapc_t_1
WHERE
  rn <= 2;

-- source: input.sql:33  [S100]
CREATE TABLE vw_db.result_view_agg (
  kind VARCHAR(12),
  dev VARCHAR(8),
  n INTEGER,
  total INTEGER,
  ts TIMESTAMP
)
DISTKEY(dev);

-- source: input.sql:43  [S110]
INSERT INTO vw_db.result_view_agg
SELECT
  'stats',
  UPPER(dev),
  n,
  total,
  last_ts
FROM vw_db.v_dev_stats
WHERE
  total > 2;

-- source: input.sql:46  [S120]
INSERT INTO vw_db.result_view_agg
SELECT
  'latest',
  dev,
  rn,
  val,
  ts
FROM vw_db.v_dev_latest
WHERE
  rn = 2 OR UPPER(RTRIM(dev)) = 'D3';
