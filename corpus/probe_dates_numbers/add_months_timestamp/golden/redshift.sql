-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Subscription renewals: ADD_MONTHS on TIMESTAMP(0) keeps the time of day and clamps month ends
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.subscriptions (
  sub_id INTEGER NOT NULL,
  start_ts TIMESTAMP,
  term_mon INTEGER
)
DISTKEY(sub_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.subscriptions
VALUES
  (1, CAST('2024-01-31 18:30:00' AS TIMESTAMP), 1);

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.subscriptions
VALUES
  (2, CAST('2024-02-29 23:59:59' AS TIMESTAMP), 12);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.subscriptions
VALUES
  (3, CAST('2023-11-15 00:00:01' AS TIMESTAMP), 3);

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.subscriptions
VALUES
  (4, CAST('2024-03-31 07:45:00' AS TIMESTAMP), -1);

-- source: input.sql:14  [S060]
INSERT INTO pdn_db.subscriptions
VALUES
  (5, NULL, 6);

-- source: input.sql:16  [S070]
CREATE TABLE pdn_db.result_renewals (
  sub_id INTEGER,
  renew_ts TIMESTAMP,
  renew_dt DATE,
  grace_ts TIMESTAMP,
  renew_hour INTEGER
)
DISTKEY(sub_id);

-- source: input.sql:26  [S080]
INSERT INTO pdn_db.result_renewals
SELECT
  sub_id,
  DATEADD(MONTH, term_mon, start_ts),
  CAST(DATEADD(MONTH, term_mon, start_ts) AS DATE),
  DATEADD(MONTH, term_mon, start_ts) + INTERVAL '36 HOUR',
  EXTRACT(HOUR FROM DATEADD(MONTH, term_mon, start_ts))
FROM pdn_db.subscriptions;
