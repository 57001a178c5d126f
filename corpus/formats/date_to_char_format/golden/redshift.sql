-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DATE -> text through a FORMAT: CAST(CAST(d AS FORMAT ..) AS CHAR(n)) and the (FORMAT ..)(CHAR(n)) shorthand
-- source: input.sql:2  [S010]
CREATE TABLE fmt_db.invoices (
  id INTEGER NOT NULL,
  inv_dt DATE
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO fmt_db.invoices
VALUES
  (1, CAST('2024-02-29' AS DATE));

-- source: input.sql:10  [S030]
INSERT INTO fmt_db.invoices
VALUES
  (2, CAST('2023-03-05' AS DATE));

-- source: input.sql:11  [S040]
INSERT INTO fmt_db.invoices
VALUES
  (3, CAST('1999-12-31' AS DATE));

-- source: input.sql:12  [S050]
INSERT INTO fmt_db.invoices
VALUES
  (4, NULL);

-- source: input.sql:14  [S060]
CREATE TABLE fmt_db.result_date_text (
  id INTEGER,
  ymd CHAR(8),
  iso CHAR(10),
  us VARCHAR(20),
  jul VARCHAR(14),
  inv_key VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:25  [S070]
INSERT INTO fmt_db.result_date_text
SELECT
  id,
  CAST(TO_CHAR(inv_dt, 'YYYYMMDD') AS CHAR(8)),
  CAST(TO_CHAR(inv_dt, 'YYYY-MM-DD') AS CHAR(10)),
  CAST(TO_CHAR(inv_dt, 'MM/DD/YYYY') AS VARCHAR(10)),
  RPAD(CAST(TO_CHAR(inv_dt, 'YYYYDDD') AS CHAR(7)), 7),
  SUBSTRING('INV-' || RPAD(CAST(TO_CHAR(inv_dt, 'YYYYMMDD') AS CHAR(8)), 8) || '-X' FROM 1 FOR 20)
FROM fmt_db.invoices;
