-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Inventory sync into a SET table: MERGE from a feed with repeated rows, an ON clause with a
--    secondary condition, and single-row MERGEs from a USING VALUES source
-- source: input.sql:3  [S010]
CREATE TABLE inv_db.stock (
  sku VARCHAR(10),
  wh VARCHAR(10),
  qty INTEGER
)
DISTKEY(sku);

-- source: input.sql:11  [S020]
CREATE TABLE inv_db.stock_feed (
  sku VARCHAR(10),
  wh VARCHAR(10),
  qty INTEGER
)
DISTKEY(sku);

-- source: input.sql:19  [S030]
INSERT INTO inv_db.stock
SELECT
  'A',
  'W1',
  10
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM inv_db.stock AS leapc_stored_1
    WHERE
      (
        UPPER(RTRIM(leapc_stored_1.sku)) = 'A' AND UPPER(RTRIM(leapc_stored_1.wh)) = 'W1'
      )
      AND leapc_stored_1.qty = 10
  );

-- source: input.sql:20  [S040]
INSERT INTO inv_db.stock
SELECT
  'B',
  'W1',
  3
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM inv_db.stock AS leapc_stored_2
    WHERE
      (
        UPPER(RTRIM(leapc_stored_2.sku)) = 'B' AND UPPER(RTRIM(leapc_stored_2.wh)) = 'W1'
      )
      AND leapc_stored_2.qty = 3
  );

-- source: input.sql:21  [S050]
INSERT INTO inv_db.stock
SELECT
  'D',
  'W1',
  0
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM inv_db.stock AS leapc_stored_3
    WHERE
      (
        UPPER(RTRIM(leapc_stored_3.sku)) = 'D' AND UPPER(RTRIM(leapc_stored_3.wh)) = 'W1'
      )
      AND leapc_stored_3.qty = 0
  );

-- source: input.sql:23  [S060]
INSERT INTO inv_db.stock_feed
VALUES
  ('A', 'W1', 5);

-- source: input.sql:24  [S070]
INSERT INTO inv_db.stock_feed
VALUES
  ('C', 'W1', 5);

-- source: input.sql:25  [S080]
INSERT INTO inv_db.stock_feed
VALUES
  ('C', 'W1', 5);

-- source: input.sql:26  [S090]
INSERT INTO inv_db.stock_feed
VALUES
  ('D', 'W1', 0);

-- source: input.sql:27  [S100]
INSERT INTO inv_db.stock_feed
VALUES
  ('B', 'W2', 4);

-- rows with no stock never match (secondary ON condition) and are offered for insert
-- source: input.sql:30  [S110]
MERGE INTO inv_db.stock
USING inv_db.stock_feed AS s
ON UPPER(RTRIM(stock.sku)) = UPPER(RTRIM(s.sku))
AND UPPER(RTRIM(stock.wh)) = UPPER(RTRIM(s.wh))
AND stock.qty > 0
WHEN MATCHED THEN UPDATE SET
  qty = stock.qty + s.qty
WHEN NOT MATCHED THEN INSERT (sku, wh, qty) VALUES (s.sku, s.wh, s.qty);

-- source: input.sql:36  [S120]
MERGE INTO inv_db.stock
USING (VALUES
  ('A', 'W2', 7)) AS s(sku, wh, qty)
ON stock.sku = s.sku AND stock.wh = s.wh
WHEN MATCHED THEN UPDATE SET
  qty = s.qty
WHEN NOT MATCHED THEN INSERT (sku, wh, qty) VALUES (s.sku, s.wh, s.qty);

-- source: input.sql:42  [S130]
MERGE INTO inv_db.stock
USING (VALUES
  ('B', 'W1', 9)) AS s(sku, wh, qty)
ON stock.sku = s.sku AND stock.wh = s.wh
WHEN MATCHED THEN UPDATE SET
  qty = s.qty
WHEN NOT MATCHED THEN INSERT (sku, wh, qty) VALUES (s.sku, s.wh, s.qty);
