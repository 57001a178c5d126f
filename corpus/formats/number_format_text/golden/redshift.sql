-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Numbers rendered through a FORMAT with zero-filling 9 digits before CAST to CHAR
-- source: input.sql:2  [S010]
CREATE TABLE fmt_db.items (
  id INTEGER NOT NULL,
  price DECIMAL(10, 2),
  qty INTEGER
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO fmt_db.items
VALUES
  (1, 5.50, 42);

-- source: input.sql:11  [S030]
INSERT INTO fmt_db.items
VALUES
  (2, 123.45, 12345);

-- source: input.sql:12  [S040]
INSERT INTO fmt_db.items
VALUES
  (3, 0.00, 7);

-- source: input.sql:13  [S050]
INSERT INTO fmt_db.items
VALUES
  (4, NULL, NULL);

-- source: input.sql:15  [S060]
CREATE TABLE fmt_db.result_item_text (
  id INTEGER,
  price_txt CHAR(6),
  qty_txt CHAR(5),
  item_code VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:24  [S070]
INSERT INTO fmt_db.result_item_text
SELECT
  id,
  CAST(TO_CHAR(price, 'FM000.00') AS CHAR(6)),
  CAST(TO_CHAR(qty, 'FM00000') AS CHAR(5)),
  SUBSTRING('Q' || RPAD(CAST(TO_CHAR(qty, 'FM00000') AS CHAR(5)), 5) || 'P' || RPAD(CAST(TO_CHAR(price, 'FM000.00') AS CHAR(6)), 6) FROM 1 FOR 20)
FROM fmt_db.items;
