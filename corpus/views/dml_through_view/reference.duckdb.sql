CREATE TABLE items (item_id INTEGER NOT NULL, cat VARCHAR, price DECIMAL(7,2), active VARCHAR DEFAULT 'Y');
INSERT INTO items VALUES (1, 'food', 2.00, 'Y'), (2, 'food', 3.00, 'N'), (3, 'tool', 9.00, 'Y'), (4, 'tool', 1.00, 'N');
INSERT INTO items (price, item_id, cat) VALUES (5.50, 5, 'toy');
UPDATE items SET price = price * 2 WHERE cat = 'food' AND active = 'Y';
DELETE FROM items WHERE cat = 'tool' AND active = 'Y';
SELECT item_id, cat, price, active FROM items
