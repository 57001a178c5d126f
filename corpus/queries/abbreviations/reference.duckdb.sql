CREATE TABLE stock (item_id INTEGER, item VARCHAR, qty INTEGER);
INSERT INTO stock VALUES (1, 'BOLT', 100), (2, 'NUT', 50), (3, 'GEAR', 5), (4, 'PIN', 0), (5, 'CAP', 7);
UPDATE stock SET qty = qty + 10 WHERE item_id IN (1, 3);
DELETE FROM stock WHERE qty = 0;
DELETE FROM stock WHERE item = 'CAP';
SELECT item_id, item, qty FROM stock
