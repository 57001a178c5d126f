CREATE TABLE order_lines (line_id INTEGER, product VARCHAR, qty INTEGER, unit_price DECIMAL(9,2), unit_cost DECIMAL(9,2));
INSERT INTO order_lines VALUES (1, 'A', 3, 10.00, 7.00), (2, 'A', 4, 12.50, 9.10), (3, 'B', 1, 19.99, 15.00), (4, 'B', 2, 20.01, 15.00), (5, 'B', 3, 20.00, NULL), (6, 'C', 6, 0.10, 0.07);
-- each quotient rounded to scale 2 (Teradata: max of the operand scales) before further use
SELECT product,
       CAST(round(SUM(qty * unit_price) / SUM(qty), 2) AS DECIMAL(12,4)) AS wavg_price,
       CAST(round(SUM(qty * unit_price) / COUNT(*), 2) AS DECIMAL(12,4)) AS avg_line_amt,
       CAST(round((SUM(unit_price) - SUM(unit_cost)) / SUM(unit_price), 2) * 100 AS DECIMAL(12,4)) AS margin_pct
FROM order_lines GROUP BY product ORDER BY product
