-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Fixed-width extract of invoice amounts: FORMAT phrases with zero suppression (Z) and grouping
--    commas, and TO_CHAR number format models
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.invoices (
  inv_id INTEGER NOT NULL,
  qty INTEGER,
  amount DECIMAL(9, 2)
)
DISTKEY(inv_id);

-- source: input.sql:11  [S020]
INSERT INTO pdn_db.invoices
VALUES
  (1, 7, 1234.50);

-- source: input.sql:12  [S030]
INSERT INTO pdn_db.invoices
VALUES
  (2, 12345, 12.05);

-- source: input.sql:13  [S040]
INSERT INTO pdn_db.invoices
VALUES
  (3, 0, 0.00);

-- source: input.sql:14  [S050]
INSERT INTO pdn_db.invoices
VALUES
  (4, 250, 987654.32);

-- source: input.sql:15  [S060]
INSERT INTO pdn_db.invoices
VALUES
  (5, NULL, NULL);

-- source: input.sql:17  [S070]
CREATE TABLE pdn_db.result_extract (
  inv_id INTEGER,
  amt_fixed CHAR(10),
  qty_fixed CHAR(5),
  amt_text VARCHAR(24),
  inv_key VARCHAR(20)
)
DISTKEY(inv_id);

-- source: input.sql:27  [S080]
INSERT INTO pdn_db.result_extract
SELECT
  inv_id,
  CAST(LPAD(TO_CHAR(amount, 'FM999,990.00'), 10) AS CHAR(10)),
  CAST(LPAD(TO_CHAR(qty, 'FM99990'), 5) AS CHAR(5)),
  TO_CHAR(amount, 'FM999,990.00'),
  SUBSTRING('INV' || TO_CHAR(inv_id, 'FM00000') FROM 1 FOR 10)
FROM pdn_db.invoices;
