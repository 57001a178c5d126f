-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Aggregates over no rows: one row without GROUP BY (COUNT 0, others NULL), no rows with GROUP BY;
--    HAVING without GROUP BY filters that single row
-- source: input.sql:3  [S010]
CREATE TABLE agg_db.events (
  id INTEGER NOT NULL,
  kind VARCHAR(12),
  amt DECIMAL(8, 2),
  ev_dt DATE
)
DISTKEY(id);

-- source: input.sql:12  [S020]
INSERT INTO agg_db.events
VALUES
  (1, 'OK', 5.00, CAST('2024-01-10' AS DATE));

-- source: input.sql:13  [S030]
INSERT INTO agg_db.events
VALUES
  (2, 'OK', 7.50, CAST('2024-03-05' AS DATE));

-- source: input.sql:14  [S040]
INSERT INTO agg_db.events
VALUES
  (3, 'BAD', NULL, NULL);

-- source: input.sql:16  [S050]
CREATE TABLE agg_db.result_empty (
  "tag" VARCHAR(20),
  n INTEGER,
  n_amt INTEGER,
  s_amt DECIMAL(10, 2),
  mx_amt DECIMAL(8, 2),
  mn_dt DATE,
  mx_dt DATE
)
DISTKEY("tag");

-- source: input.sql:28  [S060]
INSERT INTO agg_db.result_empty
SELECT
  'EMPTY',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
WHERE
  UPPER(RTRIM(kind)) = 'NONE';

-- source: input.sql:33  [S070]
INSERT INTO agg_db.result_empty
SELECT
  MIN(kind) AS kind,
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
WHERE
  UPPER(RTRIM(kind)) = 'NONE'
GROUP BY
  UPPER(RTRIM(kind));

-- source: input.sql:39  [S080]
INSERT INTO agg_db.result_empty
SELECT
  'HAVE_NO',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
HAVING
  COUNT(*) > 100;

-- source: input.sql:44  [S090]
INSERT INTO agg_db.result_empty
SELECT
  'HAVE_YES',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
HAVING
  SUM(amt) > 10;

-- source: input.sql:49  [S100]
INSERT INTO agg_db.result_empty
SELECT
  'BAD_ONLY',
  COUNT(*),
  COUNT(amt),
  SUM(amt),
  MAX(amt),
  MIN(ev_dt),
  MAX(ev_dt)
FROM agg_db.events
WHERE
  UPPER(RTRIM(kind)) = 'BAD';
