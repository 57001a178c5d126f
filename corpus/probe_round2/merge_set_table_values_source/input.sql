/* Inventory sync into a SET table: MERGE from a feed with repeated rows, an ON clause with a
   secondary condition, and single-row MERGEs from a USING VALUES source */
CREATE SET TABLE inv_db.stock
(
    sku   VARCHAR(5),
    wh    VARCHAR(5),
    qty   INTEGER
)
PRIMARY INDEX ( sku );

CREATE MULTISET TABLE inv_db.stock_feed
(
    sku   VARCHAR(5),
    wh    VARCHAR(5),
    qty   INTEGER
)
PRIMARY INDEX ( sku );

INSERT INTO inv_db.stock VALUES ('A', 'W1', 10);
INSERT INTO inv_db.stock VALUES ('B', 'W1', 3);
INSERT INTO inv_db.stock VALUES ('D', 'W1', 0);

INSERT INTO inv_db.stock_feed VALUES ('A', 'W1', 5);
INSERT INTO inv_db.stock_feed VALUES ('C', 'W1', 5);
INSERT INTO inv_db.stock_feed VALUES ('C', 'W1', 5);
INSERT INTO inv_db.stock_feed VALUES ('D', 'W1', 0);
INSERT INTO inv_db.stock_feed VALUES ('B', 'W2', 4);

/* rows with no stock never match (secondary ON condition) and are offered for insert */
MERGE INTO inv_db.stock AS i
USING inv_db.stock_feed AS s
   ON i.sku = s.sku AND i.wh = s.wh AND i.qty > 0
WHEN MATCHED THEN UPDATE SET qty = i.qty + s.qty
WHEN NOT MATCHED THEN INSERT (sku, wh, qty) VALUES (s.sku, s.wh, s.qty);

MERGE INTO inv_db.stock AS i
USING VALUES ('A', 'W2', 7) AS s (sku, wh, qty)
   ON i.sku = s.sku AND i.wh = s.wh
WHEN MATCHED THEN UPDATE SET qty = s.qty
WHEN NOT MATCHED THEN INSERT (sku, wh, qty) VALUES (s.sku, s.wh, s.qty);

MERGE INTO inv_db.stock AS i
USING VALUES ('B', 'W1', 9) AS s (sku, wh, qty)
   ON i.sku = s.sku AND i.wh = s.wh
WHEN MATCHED THEN UPDATE SET qty = s.qty
WHEN NOT MATCHED THEN INSERT (sku, wh, qty) VALUES (s.sku, s.wh, s.qty);
