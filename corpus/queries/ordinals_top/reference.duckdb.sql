CREATE TABLE orders (order_id INTEGER, region VARCHAR, amount INTEGER);
INSERT INTO orders VALUES (1, 'EAST', 10), (2, 'EAST', 30), (3, 'WEST', 25), (4, 'NORTH', 40), (5, 'SOUTH', 15), (6, 'SOUTH', 10), (7, 'WEST', 15);
CREATE TABLE totals AS SELECT region, SUM(amount)::INTEGER AS total FROM orders GROUP BY region;
SELECT * FROM (SELECT 'top2' AS kind, region, total FROM totals ORDER BY total DESC, region LIMIT 2)
UNION ALL
SELECT 'ties', region, total FROM totals QUALIFY rank() OVER (ORDER BY total DESC) <= 1
