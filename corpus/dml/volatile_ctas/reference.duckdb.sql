CREATE TABLE items (item_id INTEGER, cat VARCHAR, price DECIMAL(8,2));
INSERT INTO items VALUES (1, 'TOOL', 9.99), (2, 'TOOL', 20.00), (3, 'FOOD', 1.50);
CREATE TABLE vt_cats AS SELECT cat, COUNT(*)::INTEGER AS n_items FROM items GROUP BY cat;
CREATE TABLE items_empty AS SELECT * FROM items WHERE price > 5;
CREATE TABLE items_copy AS SELECT * FROM items;
INSERT INTO items_copy VALUES (4, 'FOOD', 2.25);
CREATE TABLE vt_food AS SELECT item_id, price FROM items_copy WHERE cat = 'FOOD';
SELECT 'vt_cats' AS src, cat AS k, NULL::INTEGER AS id, CAST(n_items AS DECIMAL(10,2)) AS v FROM vt_cats
UNION ALL SELECT 'empty', cat, item_id, price FROM items_empty
UNION ALL SELECT 'copy', cat, COUNT(*)::INTEGER, SUM(price) FROM items_copy GROUP BY cat
UNION ALL SELECT 'vt_food', NULL, item_id, price FROM vt_food
