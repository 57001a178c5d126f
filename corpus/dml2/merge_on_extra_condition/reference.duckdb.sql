CREATE TABLE stock (sku INTEGER NOT NULL, status VARCHAR, qty INTEGER, note VARCHAR);
CREATE TABLE stock_feed (sku INTEGER NOT NULL, qty INTEGER, note VARCHAR);
INSERT INTO stock VALUES (1, 'A', 10, 'old'), (2, 'X', 20, 'old'), (3, 'A', NULL, 'old');
INSERT INTO stock_feed VALUES (1, 5, 'f1'), (2, 7, 'f2'), (3, 4, NULL), (4, 1, 'f4');
MERGE INTO stock AS t USING stock_feed AS s ON t.sku = s.sku AND t.status = 'A'
WHEN MATCHED THEN UPDATE SET qty = t.qty + s.qty, note = COALESCE(s.note, t.note) || '+'
WHEN NOT MATCHED THEN INSERT (sku, status, qty, note) VALUES (s.sku, 'N', s.qty, s.note);
SELECT sku, status, qty, note FROM stock
