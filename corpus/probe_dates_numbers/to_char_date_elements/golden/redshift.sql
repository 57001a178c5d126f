-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Reporting labels with TO_CHAR date/time format models: month, quarter, ISO week, day names
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.shipments (
  ship_id INTEGER NOT NULL,
  ship_dt DATE,
  ship_ts TIMESTAMP
)
DISTKEY(ship_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.shipments
VALUES
  (1, CAST('2024-02-29' AS DATE), CAST('2024-02-29 18:30:05' AS TIMESTAMP));

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.shipments
VALUES
  (2, CAST('2024-12-30' AS DATE), CAST('2024-12-30 00:05:00' AS TIMESTAMP));

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.shipments
VALUES
  (3, CAST('2023-01-01' AS DATE), CAST('2023-01-01 12:00:00' AS TIMESTAMP));

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.shipments
VALUES
  (4, CAST('2024-07-04' AS DATE), CAST('2024-07-04 09:15:59' AS TIMESTAMP));

-- source: input.sql:14  [S060]
INSERT INTO pdn_db.shipments
VALUES
  (5, NULL, NULL);

-- source: input.sql:16  [S070]
CREATE TABLE pdn_db.result_labels (
  ship_id INTEGER,
  month_key VARCHAR(14),
  dmy_label VARCHAR(22),
  day_abbr VARCHAR(6),
  qtr_label VARCHAR(14),
  iso_week VARCHAR(4),
  week_of_yr VARCHAR(4),
  day_of_yr VARCHAR(6),
  clock_24 VARCHAR(16),
  clock_12 VARCHAR(16)
)
DISTKEY(ship_id);

-- source: input.sql:31  [S080]
INSERT INTO pdn_db.result_labels
SELECT
  ship_id,
  TO_CHAR(ship_dt, 'YYYY-MM'),
  SUBSTRING((
    TO_CHAR(ship_dt, 'DD-') || UPPER(TO_CHAR(ship_dt, 'Mon')) || TO_CHAR(ship_dt, '-YYYY')
  ) FROM 1 FOR 11),
  TO_CHAR(ship_dt, 'DY'),
  SUBSTRING(TO_CHAR(ship_dt, 'YYYY') || '-Q' || TO_CHAR(ship_dt, 'Q') FROM 1 FOR 7),
  TO_CHAR(ship_dt, 'IW'),
  TO_CHAR(ship_dt, 'WW'),
  TO_CHAR(ship_dt, 'DDD'),
  TO_CHAR(ship_ts, 'HH24:MI:SS'),
  TO_CHAR(ship_ts, 'HH:MI AM')
FROM pdn_db.shipments;
