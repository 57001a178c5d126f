CREATE TABLE sales (sale_id INTEGER, code VARCHAR, amt DECIMAL(8,2));
INSERT INTO sales VALUES (1, 'AB-1', 5.00), (2, 'AB-2', 7.50), (3, 'CD-1', 4.00), (4, 'ZZ-9', 100.00), (5, 'EF-1', 30.00), (6, 'CD-2', 3.00);
SELECT substr(code, 1, 2) AS pfx, CAST(SUM(amt) AS DECIMAL(10,2)) AS tot, COUNT(*)::INTEGER AS n, CAST(SUM(amt) * 2 AS DECIMAL(12,2)) AS tot_x2
FROM sales WHERE substr(code, 1, 2) <> 'ZZ' GROUP BY substr(code, 1, 2) HAVING SUM(amt) > 10
