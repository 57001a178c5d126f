-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- A landing table holds everything as text; the load does arithmetic and comparisons on the text
--    columns, which Teradata evaluates numerically (character data converted to FLOAT)
-- source: input.sql:3  [S010]
CREATE TABLE tx_db.landing_line (
  rec_id INTEGER NOT NULL,
  qty_txt VARCHAR(20),
  price_txt VARCHAR(24),
  cat_txt VARCHAR(6)
)
DISTKEY(rec_id);

-- source: input.sql:12  [S020]
INSERT INTO tx_db.landing_line
VALUES
  (1, '9', '2.50', '01');

-- source: input.sql:13  [S030]
INSERT INTO tx_db.landing_line
VALUES
  (2, '10', '1.25', '2');

-- source: input.sql:14  [S040]
INSERT INTO tx_db.landing_line
VALUES
  (3, ' 12', '10.00', '03');

-- source: input.sql:15  [S050]
INSERT INTO tx_db.landing_line
VALUES
  (4, '007', '3.00', '1');

-- source: input.sql:16  [S060]
INSERT INTO tx_db.landing_line
VALUES
  (5, NULL, '4.00', '02');

-- source: input.sql:18  [S070]
CREATE TABLE tx_db.result_line (
  rec_id INTEGER,
  qty INTEGER,
  ext_amt DECIMAL(10, 2),
  size_cls VARCHAR(10),
  cat_grp CHAR(1),
  qty_txt_ord INTEGER
)
DISTKEY(rec_id);

-- source: input.sql:29  [S080]
INSERT INTO tx_db.result_line
SELECT
  rec_id,
  CAST(TRUNC(
    CAST(COALESCE(
      CASE WHEN UPPER(RTRIM(TRIM(qty_txt))) = '' THEN NULL ELSE TRIM(qty_txt) END,
      CASE WHEN qty_txt IS NULL THEN NULL ELSE '0' END
    ) AS DOUBLE PRECISION) + 0
  ) AS INTEGER),
  CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(qty_txt))) = '' THEN NULL ELSE TRIM(qty_txt) END,
    CASE WHEN qty_txt IS NULL THEN NULL ELSE '0' END
  ) AS DOUBLE PRECISION) * CAST(COALESCE(
    CASE WHEN UPPER(RTRIM(TRIM(price_txt))) = '' THEN NULL ELSE TRIM(price_txt) END,
    CASE WHEN price_txt IS NULL THEN NULL ELSE '0' END
  ) AS DOUBLE PRECISION),
  CASE WHEN CAST(qty_txt AS DOUBLE PRECISION) > 9 THEN 'BIG' ELSE 'SMALL' END,
  CASE WHEN CAST(cat_txt AS DOUBLE PRECISION) IN (1, 3) THEN 'A' ELSE 'B' END,
  RANK() OVER (ORDER BY UPPER(RTRIM(qty_txt)) NULLS FIRST)
FROM tx_db.landing_line;
