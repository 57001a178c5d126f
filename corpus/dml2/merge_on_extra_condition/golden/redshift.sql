-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- MERGE whose ON clause ANDs the primary-index equality with a secondary condition: a target
--    row whose key matches but whose secondary condition is false is NOT MATCHED, so the source row
--    is inserted as a second row with the same key (MULTISET, non-unique PI). UPDATE SET reads both
--    target and source columns.
-- source: input.sql:5  [S010]
CREATE TABLE dml2_db.stock (
  sku INTEGER NOT NULL,
  status CHAR(1),
  qty INTEGER,
  note VARCHAR(20)
)
DISTKEY(sku);

-- source: input.sql:14  [S020]
CREATE TABLE dml2_db.stock_feed (
  sku INTEGER NOT NULL,
  qty INTEGER,
  note VARCHAR(20)
)
DISTKEY(sku);

-- source: input.sql:22  [S030]
INSERT INTO dml2_db.stock
VALUES
  (1, 'A', 10, 'old');

-- source: input.sql:23  [S040]
INSERT INTO dml2_db.stock
VALUES
  (2, 'X', 20, 'old');

-- source: input.sql:24  [S050]
INSERT INTO dml2_db.stock
VALUES
  (3, 'A', NULL, 'old');

-- source: input.sql:25  [S060]
INSERT INTO dml2_db.stock_feed
VALUES
  (1, 5, 'f1');

-- source: input.sql:26  [S070]
INSERT INTO dml2_db.stock_feed
VALUES
  (2, 7, 'f2');

-- source: input.sql:27  [S080]
INSERT INTO dml2_db.stock_feed
VALUES
  (3, 4, NULL);

-- source: input.sql:28  [S090]
INSERT INTO dml2_db.stock_feed
VALUES
  (4, 1, 'f4');

-- source: input.sql:30  [S100]
MERGE INTO dml2_db.stock
USING dml2_db.stock_feed AS s
ON stock.sku = s.sku AND UPPER(RTRIM(stock.status)) = 'A'
WHEN MATCHED THEN UPDATE SET
  qty = stock.qty + s.qty,
  note = SUBSTRING(COALESCE(s.note, stock.note) || '+' FROM 1 FOR 10)
WHEN NOT MATCHED THEN INSERT (sku, status, qty, note) VALUES (s.sku, 'N', s.qty, s.note);

-- source: input.sql:36  [S110]
CREATE TABLE dml2_db.result_merge_extra (
  sku INTEGER,
  status CHAR(1),
  qty INTEGER,
  note VARCHAR(20)
)
DISTKEY(sku);

-- source: input.sql:45  [S120]
INSERT INTO dml2_db.result_merge_extra
SELECT
  sku,
  status,
  qty,
  note
FROM dml2_db.stock;
