CREATE TABLE orders (oid INTEGER NOT NULL, qty INTEGER, tag VARCHAR);
INSERT INTO orders VALUES (1, 50, 'x'), (2, 10, 'y'), (3, 10, 'z'), (4, 70, 'std'), (5, 50, NULL);
SELECT oid, qty, tag FROM orders
