CREATE TABLE sales (id INTEGER, region VARCHAR, prod VARCHAR, qty INTEGER);
INSERT INTO sales VALUES (1, 'EAST', 'PEN', 10), (2, 'EAST', 'INK', 5), (3, 'WEST', 'PEN', 7), (4, NULL, 'PEN', 1), (5, 'WEST', NULL, 2);
SELECT 'ROLLUP' AS kind, region, prod, GROUPING(region)::INTEGER AS g_region, GROUPING(prod)::INTEGER AS g_prod, SUM(qty)::INTEGER AS total, COUNT(*)::INTEGER AS n FROM sales GROUP BY ROLLUP (region, prod)
UNION ALL SELECT 'CUBE', region, NULL, GROUPING(region)::INTEGER, 1, SUM(qty)::INTEGER, COUNT(*)::INTEGER FROM sales GROUP BY CUBE (region)
UNION ALL SELECT 'SETS', region, prod, GROUPING(region)::INTEGER, GROUPING(prod)::INTEGER, SUM(qty)::INTEGER, COUNT(*)::INTEGER FROM sales GROUP BY GROUPING SETS ((region), (prod), ())
