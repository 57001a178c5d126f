-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- EXTRACT of DATE and TIMESTAMP fields, fractional seconds kept
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.clicks (
  id INTEGER NOT NULL,
  ev_dt DATE,
  ev_ts TIMESTAMP
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO dt_db.clicks
VALUES
  (1, CAST('2024-02-29' AS DATE), CAST('2024-02-29 23:59:59.123456' AS TIMESTAMP));

-- source: input.sql:11  [S030]
INSERT INTO dt_db.clicks
VALUES
  (2, CAST('2023-12-31' AS DATE), CAST('2023-12-31 00:00:00.000000' AS TIMESTAMP));

-- source: input.sql:12  [S040]
INSERT INTO dt_db.clicks
VALUES
  (3, CAST('2024-07-04' AS DATE), CAST('2024-07-04 12:05:30.500000' AS TIMESTAMP));

-- source: input.sql:13  [S050]
INSERT INTO dt_db.clicks
VALUES
  (4, NULL, NULL);

-- source: input.sql:15  [S060]
CREATE TABLE dt_db.result_extract (
  id INTEGER,
  yr INTEGER,
  mon INTEGER,
  dy INTEGER,
  hr INTEGER,
  mi INTEGER,
  sec DECIMAL(8, 6),
  ts_yr INTEGER
)
DISTKEY(id);

-- source: input.sql:28  [S070]
INSERT INTO dt_db.result_extract
SELECT
  id,
  EXTRACT(YEAR FROM ev_dt),
  EXTRACT(MONTH FROM ev_dt),
  EXTRACT(DAY FROM ev_dt),
  EXTRACT(HOUR FROM ev_ts),
  EXTRACT(MINUTE FROM ev_ts),
  EXTRACT(SECOND FROM ev_ts),
  EXTRACT(YEAR FROM ev_ts)
FROM dt_db.clicks
WHERE
  EXTRACT(MONTH FROM ev_dt) IN (2, 12, 7) OR ev_dt IS NULL;
