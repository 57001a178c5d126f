/* Inventory since the last stock count: running quantity and day number restart (RESET WHEN) at
   every physical count row */
CREATE MULTISET TABLE pdn_db.stock_moves ,NO FALLBACK
(
    item_id    INTEGER NOT NULL,
    move_dt    DATE,
    move_type  CHAR(5),
    qty        INTEGER
)
PRIMARY INDEX ( item_id );

INSERT INTO pdn_db.stock_moves VALUES (1, DATE '2024-02-26', 'COUNT', 100);
INSERT INTO pdn_db.stock_moves VALUES (1, DATE '2024-02-27', 'SALE', -10);
INSERT INTO pdn_db.stock_moves VALUES (1, DATE '2024-02-28', 'SALE', -5);
INSERT INTO pdn_db.stock_moves VALUES (1, DATE '2024-02-29', 'COUNT', 80);
INSERT INTO pdn_db.stock_moves VALUES (1, DATE '2024-03-01', 'RECV', 20);
INSERT INTO pdn_db.stock_moves VALUES (1, DATE '2024-03-02', NULL, -1);
INSERT INTO pdn_db.stock_moves VALUES (2, DATE '2024-02-27', 'RECV', 5);
INSERT INTO pdn_db.stock_moves VALUES (2, DATE '2024-02-28', 'COUNT', 7);
INSERT INTO pdn_db.stock_moves VALUES (2, DATE '2024-02-29', 'SALE', -2);

CREATE MULTISET TABLE pdn_db.result_stock
(
    item_id      INTEGER,
    move_dt      DATE,
    on_hand      INTEGER,
    day_no       INTEGER,
    max_since    INTEGER
)
PRIMARY INDEX ( item_id );

INSERT INTO pdn_db.result_stock
SELECT item_id,
       move_dt,
       SUM(qty) OVER (PARTITION BY item_id ORDER BY move_dt
                      RESET WHEN move_type = 'COUNT' ROWS UNBOUNDED PRECEDING),
       ROW_NUMBER() OVER (PARTITION BY item_id ORDER BY move_dt RESET WHEN move_type = 'COUNT'),
       MAX(qty) OVER (PARTITION BY item_id ORDER BY move_dt
                      RESET WHEN move_type = 'COUNT' ROWS UNBOUNDED PRECEDING)
FROM pdn_db.stock_moves;
