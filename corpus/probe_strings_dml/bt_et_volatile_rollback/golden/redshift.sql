-- Converted by leapc 0.1.0 from input.bteq (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- source: input.bteq:1  BTEQ: .LOGON (credentials removed: the runtime supplies the connection)

-- source: input.bteq:2  BTEQ: .SET ERRORLEVEL 2618 SEVERITY 4

-- source: input.bteq:4  [S010]
CREATE TABLE bv_db.price_list (
  sku VARCHAR(20) NOT NULL,
  price DECIMAL(8, 2),
  pack_qty INTEGER
)
DISTKEY(sku);

-- source: input.bteq:12  [S020]
CREATE TABLE bv_db.result_prices (
  src VARCHAR(20),
  sku VARCHAR(20),
  unit_cents INTEGER
)
DISTKEY(sku);

-- source: input.bteq:20  [S030]
INSERT INTO bv_db.price_list
VALUES
  ('A', 10.00, 4);

-- source: input.bteq:21  [S040]
INSERT INTO bv_db.price_list
VALUES
  ('B', 3.00, 0);

-- source: input.bteq:22  [S050]
INSERT INTO bv_db.price_list
VALUES
  ('C', 7.50, 3);

-- source: input.bteq:24  [S060]
CREATE TEMPORARY TABLE price_work (
  sku VARCHAR(20),
  cents INTEGER,
  pack_qty INTEGER
);

-- source: input.bteq:32  [S070]
INSERT INTO price_work
SELECT
  sku,
  CAST(TRUNC(price * 100) AS INTEGER),
  pack_qty
FROM bv_db.price_list;

-- Transaction: reshape the work table, then a unit-price load that divides by zero.  The error
--    rolls back everything since BT, the volatile table's changes included.
-- source: input.bteq:37  [S080]
BEGIN;

-- source: input.bteq:38  [S090]
DELETE FROM price_work
WHERE
  UPPER(RTRIM(sku)) = 'A';

-- source: input.bteq:39  [S100]
UPDATE price_work SET cents = cents * 2;

-- source: input.bteq:40  [S110]
INSERT INTO price_work
VALUES
  ('Z', 1, 1);

-- source: input.bteq:41  [S120]
INSERT INTO bv_db.result_prices
SELECT
  'txn',
  sku,
  cents / pack_qty
FROM price_work;

-- source: input.bteq:43  BTEQ: .IF ERRORCODE <> 0 THEN .GOTO ROLLED_BACK

-- source: input.bteq:44  [S130]
COMMIT;

-- source: input.bteq:46  BTEQ: .LABEL ROLLED_BACK

-- source: input.bteq:47  [S140]
INSERT INTO bv_db.result_prices
SELECT
  'after',
  sku,
  cents / NULLIF(pack_qty, 0)
FROM price_work;

-- source: input.bteq:49  BTEQ: .QUIT 0
