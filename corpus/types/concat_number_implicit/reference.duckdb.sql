CREATE TABLE orders (id INTEGER, qty INTEGER);
INSERT INTO orders VALUES (1, 5), (2, -42), (3, 1234567), (4, NULL);
SELECT id,
       '[' || lpad(CAST(qty AS VARCHAR), 11, ' ') || ']' AS raw_cat,
       length('Q' || lpad(CAST(qty AS VARCHAR), 11, ' ')) AS raw_len,
       'Q' || CAST(qty AS VARCHAR) AS trim_cat
FROM orders
