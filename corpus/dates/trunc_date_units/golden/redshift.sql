-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- TRUNC(date, fmt) to month, quarter, year and ISO week (Monday)
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.events (
  id INTEGER NOT NULL,
  ev_dt DATE
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO dt_db.events
VALUES
  (1, CAST('2024-02-29' AS DATE));

-- source: input.sql:10  [S030]
INSERT INTO dt_db.events
VALUES
  (2, CAST('2024-12-31' AS DATE));

-- source: input.sql:11  [S040]
INSERT INTO dt_db.events
VALUES
  (3, CAST('2024-01-01' AS DATE));

-- source: input.sql:12  [S050]
INSERT INTO dt_db.events
VALUES
  (4, CAST('2023-01-01' AS DATE));

-- source: input.sql:13  [S060]
INSERT INTO dt_db.events
VALUES
  (5, CAST('2024-11-15' AS DATE));

-- source: input.sql:14  [S070]
INSERT INTO dt_db.events
VALUES
  (6, CAST('2024-03-31' AS DATE));

-- source: input.sql:15  [S080]
INSERT INTO dt_db.events
VALUES
  (7, NULL);

-- source: input.sql:17  [S090]
CREATE TABLE dt_db.result_trunc (
  id INTEGER,
  month_dt DATE,
  qtr_dt DATE,
  year_dt DATE,
  week_dt DATE
)
DISTKEY(id);

-- source: input.sql:27  [S100]
INSERT INTO dt_db.result_trunc
SELECT
  id,
  CAST(DATE_TRUNC('month', ev_dt) AS DATE),
  CAST(DATE_TRUNC('quarter', ev_dt) AS DATE),
  CAST(DATE_TRUNC('year', ev_dt) AS DATE),
  CAST(DATE_TRUNC('week', ev_dt) AS DATE)
FROM dt_db.events;
