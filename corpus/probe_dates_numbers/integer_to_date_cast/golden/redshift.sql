-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Legacy feed keeps dates as INTEGER yyyymmdd and as Teradata-encoded integers; convert them to DATE
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.legacy_feed (
  rec_id INTEGER NOT NULL,
  biz_ymd INTEGER,
  td_int_dt INTEGER
)
DISTKEY(rec_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.legacy_feed
VALUES
  (1, 20240229, 1240229);

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.legacy_feed
VALUES
  (2, 19991231, 991231);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.legacy_feed
VALUES
  (3, 20000101, 1000101);

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.legacy_feed
VALUES
  (4, NULL, NULL);

-- source: input.sql:15  [S060]
CREATE TABLE pdn_db.result_dates (
  rec_id INTEGER,
  biz_dt DATE,
  td_dt DATE,
  stored_dt DATE,
  fmt_dt DATE,
  days_apart INTEGER
)
DISTKEY(rec_id);

-- source: input.sql:26  [S070]
INSERT INTO pdn_db.result_dates
SELECT
  rec_id,
  TO_DATE(LPAD(CAST((
    biz_ymd
  ) AS VARCHAR(8)), 8, '0'), 'YYYYMMDD'),
  TO_DATE(LPAD(CAST((
    td_int_dt + 19000000
  ) AS VARCHAR(8)), 8, '0'), 'YYYYMMDD'),
  TO_DATE(LPAD(CAST((
    td_int_dt + 19000000
  ) AS VARCHAR(8)), 8, '0'), 'YYYYMMDD'),
  TO_DATE(CAST(biz_ymd AS VARCHAR(8)), 'YYYYMMDD'),
  TO_DATE(LPAD(CAST((
    biz_ymd
  ) AS VARCHAR(8)), 8, '0'), 'YYYYMMDD') - CAST('1999-12-31' AS DATE)
FROM pdn_db.legacy_feed;
