CREATE TABLE items (id INTEGER, price DECIMAL(10,2), qty INTEGER);
INSERT INTO items VALUES (1, 5.50, 42), (2, 123.45, 12345), (3, 0.00, 7), (4, NULL, NULL);
SELECT id,
       lpad(CAST(price AS VARCHAR), 6, '0') AS price_txt,
       lpad(CAST(qty AS VARCHAR), 5, '0') AS qty_txt,
       'Q' || lpad(CAST(qty AS VARCHAR), 5, '0') || 'P' || lpad(CAST(price AS VARCHAR), 6, '0') AS item_code
FROM items
