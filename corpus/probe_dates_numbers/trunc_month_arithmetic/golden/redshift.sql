-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Month-to-date reporting: period boundaries from TRUNC(date, 'MM'/'Q'/'YYYY') used in DATE arithmetic
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.daily_kpi (
  kpi_id INTEGER NOT NULL,
  kpi_dt DATE,
  kpi_val INTEGER
)
DISTKEY(kpi_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.daily_kpi
VALUES
  (1, CAST('2024-03-15' AS DATE), 10);

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.daily_kpi
VALUES
  (2, CAST('2024-03-01' AS DATE), 20);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.daily_kpi
VALUES
  (3, CAST('2024-02-29' AS DATE), 30);

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.daily_kpi
VALUES
  (4, CAST('2024-01-01' AS DATE), 40);

-- source: input.sql:14  [S060]
INSERT INTO pdn_db.daily_kpi
VALUES
  (5, CAST('2023-12-31' AS DATE), 50);

-- source: input.sql:15  [S070]
INSERT INTO pdn_db.daily_kpi
VALUES
  (6, NULL, 60);

-- source: input.sql:17  [S080]
CREATE TABLE pdn_db.result_periods (
  kpi_id INTEGER,
  prev_month_end DATE,
  day_of_month INTEGER,
  month_end DATE,
  day_of_quarter INTEGER,
  day_of_year INTEGER
)
DISTKEY(kpi_id);

-- source: input.sql:28  [S090]
INSERT INTO pdn_db.result_periods
SELECT
  kpi_id,
  CAST(DATE_TRUNC('month', kpi_dt) AS DATE) - 1,
  kpi_dt - CAST(DATE_TRUNC('month', kpi_dt) AS DATE) + 1,
  CAST(DATEADD(MONTH, 1, CAST(DATE_TRUNC('month', kpi_dt) AS DATE)) AS DATE) - 1,
  kpi_dt - CAST(DATE_TRUNC('quarter', kpi_dt) AS DATE) + 1,
  kpi_dt - CAST(DATE_TRUNC('year', kpi_dt) AS DATE) + 1
FROM pdn_db.daily_kpi;
