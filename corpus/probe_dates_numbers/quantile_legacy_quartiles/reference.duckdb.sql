CREATE TABLE rep_sales (rep_id INTEGER, region VARCHAR, revenue DECIMAL(10,2));
INSERT INTO rep_sales VALUES (1, 'NE', 500.00), (2, 'NE', 100.00), (3, 'NE', 300.00), (4, 'NE', 300.00), (5, 'NE', 900.00), (6, 'SW', 50.00), (7, 'SW', 75.00), (8, 'SW', NULL);
SELECT rep_id,
       CAST((RANK() OVER (PARTITION BY region ORDER BY revenue ASC NULLS FIRST) - 1) * 4 // COUNT(*) OVER (PARTITION BY region) AS INTEGER) AS quartile,
       CAST((RANK() OVER (PARTITION BY region ORDER BY revenue ASC NULLS FIRST) - 1) * 100 // COUNT(*) OVER (PARTITION BY region) AS INTEGER) AS pctile
FROM rep_sales ORDER BY rep_id
