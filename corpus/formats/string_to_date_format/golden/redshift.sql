-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CAST(string AS DATE FORMAT '...') with several Teradata format strings
-- source: input.sql:2  [S010]
CREATE TABLE fmt_db.stg_dates (
  id INTEGER NOT NULL,
  s_iso VARCHAR(20),
  s_us VARCHAR(20),
  s_mon VARCHAR(18),
  s_jul VARCHAR(14),
  s_compact CHAR(8),
  s_eu VARCHAR(20)
)
DISTKEY(id);

-- source: input.sql:14  [S020]
INSERT INTO fmt_db.stg_dates
VALUES
  (1, '2024-02-29', '02/29/2024', '29Feb2024', '2024060', '20240229', '29.02.2024');

-- source: input.sql:15  [S030]
INSERT INTO fmt_db.stg_dates
VALUES
  (2, '2023-03-05', '03/05/2023', '05Mar2023', '2023064', '20230305', '05.03.2023');

-- source: input.sql:16  [S040]
INSERT INTO fmt_db.stg_dates
VALUES
  (3, '2024-12-31', '12/31/2024', '31Dec2024', '2024366', '20241231', '31.12.2024');

-- source: input.sql:17  [S050]
INSERT INTO fmt_db.stg_dates
VALUES
  (4, NULL, NULL, NULL, NULL, NULL, NULL);

-- source: input.sql:19  [S060]
CREATE TABLE fmt_db.result_parsed_dates (
  id INTEGER,
  d_iso DATE,
  d_us DATE,
  d_mon DATE,
  d_jul DATE,
  d_comp DATE,
  d_eu DATE
)
DISTKEY(id);

-- source: input.sql:31  [S070]
INSERT INTO fmt_db.result_parsed_dates
SELECT
  id,
  TO_DATE(s_iso, 'YYYY-MM-DD'),
  TO_DATE(s_us, 'MM/DD/YYYY'),
  TO_DATE(s_mon, 'DDMonYYYY'),
  TO_DATE(s_jul, 'YYYYDDD'),
  TO_DATE(s_compact, 'YYYYMMDD'),
  TO_DATE(s_eu, 'DD.MM.YYYY')
FROM fmt_db.stg_dates;
