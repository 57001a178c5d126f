-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- LAST_DAY and NEXT_DAY (next_day is strictly after the date)
-- source: input.sql:2  [S010]
CREATE TABLE dt_db.bills (
  id INTEGER NOT NULL,
  bill_dt DATE
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO dt_db.bills
VALUES
  (1, CAST('2024-02-10' AS DATE));

-- source: input.sql:10  [S030]
INSERT INTO dt_db.bills
VALUES
  (2, CAST('2023-02-10' AS DATE));

-- source: input.sql:11  [S040]
INSERT INTO dt_db.bills
VALUES
  (3, CAST('2024-02-26' AS DATE));

-- source: input.sql:12  [S050]
INSERT INTO dt_db.bills
VALUES
  (4, CAST('2024-02-29' AS DATE));

-- source: input.sql:13  [S060]
INSERT INTO dt_db.bills
VALUES
  (5, CAST('2024-12-31' AS DATE));

-- source: input.sql:14  [S070]
INSERT INTO dt_db.bills
VALUES
  (6, CAST('2023-01-01' AS DATE));

-- source: input.sql:15  [S080]
INSERT INTO dt_db.bills
VALUES
  (7, NULL);

-- source: input.sql:17  [S090]
CREATE TABLE dt_db.result_bill_dates (
  id INTEGER,
  month_end DATE,
  next_monday DATE,
  next_friday DATE,
  days_left INTEGER
)
DISTKEY(id);

-- source: input.sql:27  [S100]
INSERT INTO dt_db.result_bill_dates
SELECT
  id,
  LAST_DAY(bill_dt),
  bill_dt + (
    (
      1 - CAST(EXTRACT(DOW FROM bill_dt) AS INTEGER) + 13
    ) % 7 + 1
  ),
  bill_dt + (
    (
      5 - CAST(EXTRACT(DOW FROM bill_dt) AS INTEGER) + 13
    ) % 7 + 1
  ),
  LAST_DAY(bill_dt) - bill_dt
FROM dt_db.bills;
