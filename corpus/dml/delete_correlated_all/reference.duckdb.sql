CREATE TABLE orders (order_id INTEGER, cust_id INTEGER, amount INTEGER);
CREATE TABLE bad_cust (cust_id INTEGER);
INSERT INTO orders VALUES (1, 10, 100), (2, 20, 200), (3, 30, 300), (4, NULL, 400), (5, 10, 5);
INSERT INTO bad_cust VALUES (20), (NULL);
DELETE FROM orders WHERE EXISTS (SELECT 1 FROM bad_cust b WHERE b.cust_id = orders.cust_id);
DELETE FROM orders WHERE cust_id NOT IN (SELECT cust_id FROM bad_cust);
DELETE FROM orders WHERE amount < (SELECT MAX(o2.amount) FROM orders o2 WHERE o2.cust_id = orders.cust_id);
CREATE TABLE scratch AS SELECT COUNT(*)::INTEGER AS n FROM orders;
SELECT o.order_id, o.cust_id, o.amount, s.n AS n_after FROM orders o CROSS JOIN scratch s
