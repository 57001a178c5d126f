CREATE TABLE stock_moves (item_id INTEGER, move_dt DATE, move_type VARCHAR, qty INTEGER);
INSERT INTO stock_moves VALUES (1, DATE '2024-02-26', 'COUNT', 100), (1, DATE '2024-02-27', 'SALE', -10), (1, DATE '2024-02-28', 'SALE', -5), (1, DATE '2024-02-29', 'COUNT', 80), (1, DATE '2024-03-01', 'RECV', 20), (1, DATE '2024-03-02', NULL, -1), (2, DATE '2024-02-27', 'RECV', 5), (2, DATE '2024-02-28', 'COUNT', 7), (2, DATE '2024-02-29', 'SALE', -2);
CREATE VIEW g AS SELECT *, SUM(CASE WHEN move_type = 'COUNT' THEN 1 ELSE 0 END) OVER (PARTITION BY item_id ORDER BY move_dt ROWS UNBOUNDED PRECEDING) AS grp FROM stock_moves;
SELECT item_id, move_dt,
       CAST(SUM(qty) OVER (PARTITION BY item_id, grp ORDER BY move_dt ROWS UNBOUNDED PRECEDING) AS INTEGER) AS on_hand,
       CAST(ROW_NUMBER() OVER (PARTITION BY item_id, grp ORDER BY move_dt) AS INTEGER) AS day_no,
       CAST(MAX(qty) OVER (PARTITION BY item_id, grp ORDER BY move_dt ROWS UNBOUNDED PRECEDING) AS INTEGER) AS max_since
FROM g ORDER BY item_id, move_dt
