CREATE TABLE orders (order_id INTEGER NOT NULL, region VARCHAR, amount DECIMAL(10,2), order_dt DATE);
INSERT INTO orders VALUES (1, 'EAST', 10.50, DATE '2024-01-01'), (2, 'EAST', 20.00, DATE '2024-01-02'), (3, 'WEST', NULL, DATE '2024-01-02');
INSERT INTO orders (order_id, region) VALUES (4, 'NORTH');
SELECT region, COUNT(*)::INTEGER AS order_cnt, CAST(SUM(amount) AS DECIMAL(12,2)) AS total_amt FROM orders GROUP BY region
UNION ALL SELECT 'ALL', COUNT(*), SUM(amount) FROM orders
