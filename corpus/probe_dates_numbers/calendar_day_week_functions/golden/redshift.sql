-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Weekly sales calendar with Teradata's built-in calendar functions (TD_SYSFNLIB)
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.pos_sales (
  sale_id INTEGER NOT NULL,
  sale_dt DATE,
  amount DECIMAL(10, 2)
)
DISTKEY(sale_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.pos_sales
VALUES
  (1, CAST('2024-01-01' AS DATE), 10.00);

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.pos_sales
VALUES
  (2, CAST('2024-01-06' AS DATE), 20.00);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.pos_sales
VALUES
  (3, CAST('2024-01-07' AS DATE), 30.00);

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.pos_sales
VALUES
  (4, CAST('2024-02-29' AS DATE), 40.00);

-- source: input.sql:14  [S060]
INSERT INTO pdn_db.pos_sales
VALUES
  (5, CAST('2023-01-01' AS DATE), 50.00);

-- source: input.sql:15  [S070]
INSERT INTO pdn_db.pos_sales
VALUES
  (6, CAST('2024-12-31' AS DATE), 60.00);

-- source: input.sql:16  [S080]
INSERT INTO pdn_db.pos_sales
VALUES
  (7, NULL, 70.00);

-- source: input.sql:18  [S090]
CREATE TABLE pdn_db.result_calendar (
  sale_id INTEGER,
  dow_td INTEGER,
  dow_iso INTEGER,
  week_no INTEGER,
  day_of_yr INTEGER,
  qtr_no INTEGER,
  month_beg DATE,
  month_end DATE,
  weekend_ind CHAR(1)
)
DISTKEY(sale_id);

-- source: input.sql:32  [S100]
INSERT INTO pdn_db.result_calendar
SELECT
  sale_id,
  (
    CAST(EXTRACT(DOW FROM sale_dt) AS INTEGER) + 1
  ),
  (
    (
      CAST(EXTRACT(DOW FROM sale_dt) AS INTEGER) + 6
    ) % 7 + 1
  ),
  (
    (
      CAST(EXTRACT(DOY FROM sale_dt) AS INTEGER) + 6 - CAST(EXTRACT(DOW FROM sale_dt) AS INTEGER)
    ) / (
      7
    )
  ),
  CAST(EXTRACT(DOY FROM sale_dt) AS INTEGER),
  CAST(EXTRACT(QUARTER FROM sale_dt) AS INTEGER),
  CAST(DATE_TRUNC('MONTH', sale_dt) AS DATE),
  CAST(LAST_DAY(sale_dt) AS DATE),
  CASE
    WHEN (
      CAST(EXTRACT(DOW FROM sale_dt) AS INTEGER) + 1
    ) IN (1, 7)
    THEN 'Y'
    ELSE 'N'
  END
FROM pdn_db.pos_sales;
