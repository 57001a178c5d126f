CREATE TABLE orders (order_id INTEGER NOT NULL, cust_id INTEGER, status VARCHAR);
CREATE TABLE blocked (cust_id INTEGER, active VARCHAR);
CREATE TABLE custs (cust_id INTEGER);
CREATE TABLE snap (n_orders INTEGER, n_blocked INTEGER);
INSERT INTO orders VALUES (1, 100, 'open'), (2, 200, 'open'), (3, 200, 'closed'), (4, 300, 'open'), (5, NULL, 'open'), (6, 400, 'void'), (7, 500, 'open');
INSERT INTO blocked VALUES (200, 'Y'), (300, 'N'), (NULL, 'Y');
INSERT INTO custs VALUES (100), (200), (300), (400);
INSERT INTO snap VALUES (-1, -1);
DELETE FROM orders USING blocked b WHERE orders.cust_id = b.cust_id AND b.active = 'Y';
DELETE FROM orders WHERE status = 'void';
DELETE FROM orders WHERE NOT EXISTS (SELECT 1 FROM custs c WHERE c.cust_id = orders.cust_id);
DELETE FROM snap;
INSERT INTO snap SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM blocked);
SELECT o.order_id, o.cust_id, o.status, s.n_orders, s.n_blocked FROM orders o CROSS JOIN snap s
