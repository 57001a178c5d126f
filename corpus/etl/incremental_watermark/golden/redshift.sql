-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Incremental load driven by a control table: take events strictly after the stored
--    TIMESTAMP(0) watermark (source has microseconds), then advance the watermark
-- source: input.sql:3  [S010]
CREATE TABLE etl_db.etl_ctl (
  job_name VARCHAR(40) NOT NULL,
  last_ts TIMESTAMP,
  last_run_dt DATE,
  rows_loaded INTEGER
)
DISTKEY(job_name);

-- source: input.sql:12  [S020]
CREATE TABLE etl_db.src_events (
  event_id INTEGER NOT NULL,
  event_ts TIMESTAMP,
  kind VARCHAR(20)
)
DISTKEY(event_id);

-- source: input.sql:20  [S030]
CREATE TABLE etl_db.tgt_events (
  event_id INTEGER NOT NULL,
  event_dt DATE,
  event_hr INTEGER,
  kind VARCHAR(20)
)
DISTKEY(event_id);

-- source: input.sql:29  [S040]
INSERT INTO etl_db.etl_ctl
VALUES
  (
    'EVENTS',
    CAST('2024-03-01 10:00:00' AS TIMESTAMP),
    CAST('2024-02-29' AS DATE),
    0
  );

-- source: input.sql:30  [S050]
INSERT INTO etl_db.etl_ctl
VALUES
  ('OTHER', CAST('2024-01-01 00:00:00' AS TIMESTAMP), CAST('2024-01-01' AS DATE), 5);

-- source: input.sql:32  [S060]
INSERT INTO etl_db.src_events
VALUES
  (1, CAST('2024-03-01 09:59:59.999999' AS TIMESTAMP), 'click');

-- source: input.sql:33  [S070]
INSERT INTO etl_db.src_events
VALUES
  (2, CAST('2024-03-01 10:00:00.000000' AS TIMESTAMP), 'view');

-- source: input.sql:34  [S080]
INSERT INTO etl_db.src_events
VALUES
  (3, CAST('2024-03-01 10:00:00.000001' AS TIMESTAMP), 'CLICK');

-- source: input.sql:35  [S090]
INSERT INTO etl_db.src_events
VALUES
  (4, CAST('2024-03-01 23:30:15.250000' AS TIMESTAMP), 'buy');

-- source: input.sql:36  [S100]
INSERT INTO etl_db.src_events
VALUES
  (5, NULL, 'view');

-- source: input.sql:38  [S110]
INSERT INTO etl_db.tgt_events
SELECT
  e.event_id,
  CAST(e.event_ts AS DATE),
  EXTRACT(HOUR FROM e.event_ts),
  LOWER(e.kind)
FROM etl_db.src_events AS e
JOIN etl_db.etl_ctl AS c
  ON UPPER(RTRIM(c.job_name)) = 'EVENTS'
WHERE
  e.event_ts > c.last_ts;

-- source: input.sql:45  [S120]
UPDATE etl_db.etl_ctl SET last_ts = (
  SELECT
    MAX(CAST(DATE_TRUNC('SECOND', event_ts) AS TIMESTAMP))
  FROM etl_db.src_events
  WHERE
    event_id IN (
      SELECT
        event_id
      FROM etl_db.tgt_events
    )
), last_run_dt = last_run_dt + 1, rows_loaded = (
  SELECT
    COUNT(*)
  FROM etl_db.tgt_events
)
WHERE
  UPPER(RTRIM(job_name)) = 'EVENTS';

-- source: input.sql:52  [S130]
CREATE TABLE etl_db.result_watermark (
  item VARCHAR(40),
  id_or_n INTEGER,
  dt DATE,
  ts TIMESTAMP,
  txt VARCHAR(20)
)
DISTKEY(item);

-- source: input.sql:62  [S140]
INSERT INTO etl_db.result_watermark
SELECT
  'event',
  event_id,
  event_dt,
  NULL,
  SUBSTRING(kind || '@' || TRIM(CAST(event_hr AS VARCHAR(5))) FROM 1 FOR 10)
FROM etl_db.tgt_events;

-- source: input.sql:64  [S150]
INSERT INTO etl_db.result_watermark
SELECT
  job_name,
  rows_loaded,
  last_run_dt,
  last_ts,
  NULL
FROM etl_db.etl_ctl;
