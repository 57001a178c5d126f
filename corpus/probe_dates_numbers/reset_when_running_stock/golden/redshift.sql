-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Inventory since the last stock count: running quantity and day number restart (RESET WHEN) at
--    every physical count row
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.stock_moves (
  item_id INTEGER NOT NULL,
  move_dt DATE,
  move_type CHAR(5),
  qty INTEGER
)
DISTKEY(item_id);

-- source: input.sql:12  [S020]
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-26' AS DATE), 'COUNT', 100);

-- source: input.sql:13  [S030]
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-27' AS DATE), 'SALE', -10);

-- source: input.sql:14  [S040]
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-28' AS DATE), 'SALE', -5);

-- source: input.sql:15  [S050]
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-02-29' AS DATE), 'COUNT', 80);

-- source: input.sql:16  [S060]
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-03-01' AS DATE), 'RECV', 20);

-- source: input.sql:17  [S070]
INSERT INTO pdn_db.stock_moves
VALUES
  (1, CAST('2024-03-02' AS DATE), NULL, -1);

-- source: input.sql:18  [S080]
INSERT INTO pdn_db.stock_moves
VALUES
  (2, CAST('2024-02-27' AS DATE), 'RECV', 5);

-- source: input.sql:19  [S090]
INSERT INTO pdn_db.stock_moves
VALUES
  (2, CAST('2024-02-28' AS DATE), 'COUNT', 7);

-- source: input.sql:20  [S100]
INSERT INTO pdn_db.stock_moves
VALUES
  (2, CAST('2024-02-29' AS DATE), 'SALE', -2);

-- source: input.sql:22  [S110]
CREATE TABLE pdn_db.result_stock (
  item_id INTEGER,
  move_dt DATE,
  on_hand INTEGER,
  day_no INTEGER,
  max_since INTEGER
)
DISTKEY(item_id);

-- source: input.sql:32  [S120]
INSERT INTO pdn_db.result_stock
SELECT
  item_id,
  move_dt,
  SUM(qty) OVER (
    PARTITION BY item_id, stock_moves.leapc_reset_1
    ORDER BY move_dt NULLS FIRST
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ),
  ROW_NUMBER() OVER (PARTITION BY item_id, stock_moves.leapc_reset_1 ORDER BY move_dt NULLS FIRST),
  MAX(qty) OVER (
    PARTITION BY item_id, stock_moves.leapc_reset_1
    ORDER BY move_dt NULLS FIRST
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
FROM (
  SELECT
    stock_moves.*,
    SUM(CASE WHEN UPPER(RTRIM(move_type)) = 'COUNT' THEN 1 ELSE 0 END) OVER (
      PARTITION BY item_id
      ORDER BY move_dt NULLS FIRST
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS leapc_reset_1
  FROM pdn_db.stock_moves
) AS stock_moves;
