-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Delivery SLA: elapsed intervals compared with INTERVAL thresholds
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.deliveries (
  dlv_id INTEGER NOT NULL,
  order_dt DATE,
  ship_dt DATE,
  picked_ts TIMESTAMP,
  loaded_ts TIMESTAMP
)
DISTKEY(dlv_id);

-- source: input.sql:12  [S020]
INSERT INTO pdn_db.deliveries
VALUES
  (
    1,
    CAST('2024-02-22' AS DATE),
    CAST('2024-02-29' AS DATE),
    CAST('2024-02-29 08:00:00' AS TIMESTAMP),
    CAST('2024-02-29 08:30:00' AS TIMESTAMP)
  );

-- source: input.sql:13  [S030]
INSERT INTO pdn_db.deliveries
VALUES
  (
    2,
    CAST('2024-02-23' AS DATE),
    CAST('2024-02-29' AS DATE),
    CAST('2024-02-29 08:00:00' AS TIMESTAMP),
    CAST('2024-02-29 08:31:00' AS TIMESTAMP)
  );

-- source: input.sql:14  [S040]
INSERT INTO pdn_db.deliveries
VALUES
  (
    3,
    CAST('2024-02-01' AS DATE),
    CAST('2024-03-01' AS DATE),
    CAST('2024-02-29 23:50:00' AS TIMESTAMP),
    CAST('2024-03-01 01:20:00' AS TIMESTAMP)
  );

-- source: input.sql:15  [S050]
INSERT INTO pdn_db.deliveries
VALUES
  (
    4,
    CAST('2024-03-01' AS DATE),
    NULL,
    CAST('2024-03-01 09:00:00' AS TIMESTAMP),
    NULL
  );

-- source: input.sql:17  [S060]
CREATE TABLE pdn_db.result_sla_flags (
  dlv_id INTEGER,
  late_ship CHAR(1),
  slow_load CHAR(1),
  load_window CHAR(1)
)
DISTKEY(dlv_id);

-- source: input.sql:26  [S070]
INSERT INTO pdn_db.result_sla_flags
SELECT
  dlv_id,
  CASE
    WHEN CAST((
      (
        ship_dt - order_dt
      )
    ) AS INTEGER) >= 7
    THEN 'Y'
    ELSE 'N'
  END,
  CASE
    WHEN CAST((
      DATEDIFF(SECOND, DATE_TRUNC('minute', picked_ts), DATE_TRUNC('minute', loaded_ts)) / 60
    ) AS INTEGER) > 30
    THEN 'Y'
    ELSE 'N'
  END,
  CASE WHEN picked_ts + INTERVAL '90 MINUTE' >= loaded_ts THEN 'Y' ELSE 'N' END
FROM pdn_db.deliveries;
