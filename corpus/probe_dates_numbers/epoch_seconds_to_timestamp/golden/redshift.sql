-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Clickstream landing: Unix epoch seconds to TIMESTAMP(0) with the DATE + days / seconds * INTERVAL
--    idiom, then session buckets and offsets with interval arithmetic
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.raw_clicks (
  click_id INTEGER NOT NULL,
  epoch_sec INTEGER,
  dwell_min INTEGER
)
DISTKEY(click_id);

-- source: input.sql:11  [S020]
INSERT INTO pdn_db.raw_clicks
VALUES
  (1, 1709251199, 5);

-- source: input.sql:12  [S030]
INSERT INTO pdn_db.raw_clicks
VALUES
  (2, 1709251200, 90);

-- source: input.sql:13  [S040]
INSERT INTO pdn_db.raw_clicks
VALUES
  (3, 0, 0);

-- source: input.sql:14  [S050]
INSERT INTO pdn_db.raw_clicks
VALUES
  (4, 1704067261, 45);

-- source: input.sql:15  [S060]
INSERT INTO pdn_db.raw_clicks
VALUES
  (5, NULL, 3);

-- source: input.sql:17  [S070]
CREATE TABLE pdn_db.result_clicks (
  click_id INTEGER,
  click_ts TIMESTAMP,
  click_dt DATE,
  leave_ts TIMESTAMP,
  hour_start TIMESTAMP
)
DISTKEY(click_id);

-- source: input.sql:27  [S080]
INSERT INTO pdn_db.result_clicks
SELECT
  click_id,
  CAST(DATE_TRUNC('SECOND', CAST(CAST('1970-01-01' AS DATE) + (
    epoch_sec / 86400
  ) AS TIMESTAMP)) AS TIMESTAMP) + (
    (
      epoch_sec % 86400
    ) * INTERVAL '00:00:01' HOUR TO SECOND
  ),
  CAST('1970-01-01' AS DATE) + (
    epoch_sec / 86400
  ),
  CAST(DATE_TRUNC('SECOND', CAST(CAST('1970-01-01' AS DATE) + (
    epoch_sec / 86400
  ) AS TIMESTAMP)) AS TIMESTAMP) + (
    (
      epoch_sec % 86400
    ) * INTERVAL '00:00:01' HOUR TO SECOND
  ) + dwell_min * INTERVAL '1 MINUTE',
  CAST(DATE_TRUNC('SECOND', CAST(CAST('1970-01-01' AS DATE) + (
    epoch_sec / 86400
  ) AS TIMESTAMP)) AS TIMESTAMP) + (
    (
      epoch_sec % 86400
    ) / 3600 * INTERVAL '1 HOUR'
  )
FROM pdn_db.raw_clicks;
