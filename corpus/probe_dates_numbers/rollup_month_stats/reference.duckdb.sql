CREATE TABLE tickets_sold (sale_id INTEGER, sold_ts TIMESTAMP, seats INTEGER, price DECIMAL(8,2));
INSERT INTO tickets_sold VALUES (1, TIMESTAMP '2023-12-31 23:59:59', 2, 40.00), (2, TIMESTAMP '2024-01-01 00:00:00', 1, 25.50), (3, TIMESTAMP '2024-01-15 12:00:00', 4, 30.00), (4, TIMESTAMP '2024-02-29 18:00:00', 3, 30.00), (5, TIMESTAMP '2024-02-29 19:00:00', NULL, 10.00);
SELECT CAST(year(sold_ts) AS INTEGER) AS yr, CAST(month(sold_ts) AS INTEGER) AS mo,
       CASE WHEN GROUPING(year(sold_ts)) = 1 THEN 'ALL' WHEN GROUPING(month(sold_ts)) = 1 THEN 'YEAR' ELSE 'MONTH' END AS level_name,
       CAST(COUNT(*) AS INTEGER) AS sales_cnt, CAST(SUM(seats) AS INTEGER) AS seat_total,
       CAST(AVG(CAST(seats AS DOUBLE)) AS DECIMAL(8,3)) AS avg_seats,
       CAST(SUM(seats * price) AS DECIMAL(12,2)) AS revenue,
       CAST(STDDEV_SAMP(CAST(seats AS DOUBLE)) AS DECIMAL(8,4)) AS seat_sd
FROM tickets_sold
GROUP BY ROLLUP (year(sold_ts), month(sold_ts))
ORDER BY 1 NULLS LAST, 2 NULLS LAST
