-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Sensor gap-fill step: LAG/LEAD with offsets and defaults, day gaps from LAG of a date,
--    FIRST_VALUE with the default frame, LAST_VALUE over the whole partition, and
--    LAST_VALUE ... IGNORE NULLS as a carry-forward
-- source: input.sql:4  [S010]
CREATE TABLE win_db.readings (
  dev VARCHAR(10),
  r_dt DATE,
  val INTEGER
)
DISTKEY(dev);

-- source: input.sql:12  [S020]
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-02-27' AS DATE), 5);

-- source: input.sql:13  [S030]
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-02-28' AS DATE), NULL);

-- source: input.sql:14  [S040]
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-03-01' AS DATE), 8);

-- source: input.sql:15  [S050]
INSERT INTO win_db.readings
VALUES
  ('A', CAST('2024-03-04' AS DATE), 6);

-- source: input.sql:16  [S060]
INSERT INTO win_db.readings
VALUES
  ('B', CAST('2024-01-01' AS DATE), NULL);

-- source: input.sql:17  [S070]
INSERT INTO win_db.readings
VALUES
  ('B', CAST('2024-01-31' AS DATE), 4);

-- source: input.sql:19  [S080]
CREATE TABLE win_db.result_lag_lead (
  dev VARCHAR(10),
  r_dt DATE,
  prev_val INTEGER,
  prev2_val INTEGER,
  next_val INTEGER,
  gap_days INTEGER,
  first_val INTEGER,
  first_nn INTEGER,
  last_all INTEGER,
  filled INTEGER
)
DISTKEY(dev);

-- source: input.sql:34  [S090]
INSERT INTO win_db.result_lag_lead
SELECT
  dev,
  r_dt,
  LAG(val) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt NULLS FIRST),
  LAG(val, 2, -1) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt NULLS FIRST),
  LEAD(val, 1, 0) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt NULLS FIRST),
  r_dt - LAG(r_dt) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt NULLS FIRST),
  FIRST_VALUE(val) OVER (PARTITION BY UPPER(RTRIM(dev)) ORDER BY r_dt NULLS FIRST),
  FIRST_VALUE(val) IGNORE NULLS OVER (
    PARTITION BY UPPER(RTRIM(dev))
    ORDER BY r_dt NULLS FIRST
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
  ),
  LAST_VALUE(val) OVER (
    PARTITION BY UPPER(RTRIM(dev))
    ORDER BY r_dt NULLS FIRST
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
  ),
  LAST_VALUE(val) IGNORE NULLS OVER (
    PARTITION BY UPPER(RTRIM(dev))
    ORDER BY r_dt NULLS FIRST
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
FROM win_db.readings;
