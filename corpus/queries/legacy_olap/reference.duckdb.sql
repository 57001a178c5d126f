CREATE TABLE daily (store VARCHAR, day_no INTEGER, sales DECIMAL(8,2));
INSERT INTO daily VALUES ('S1', 1, 10.00), ('S1', 2, 30.00), ('S1', 3, 20.00), ('S1', 4, 30.00), ('S2', 1, 5.00), ('S2', 2, 1.00);
SELECT store, day_no,
       CAST(SUM(sales) OVER (PARTITION BY store ORDER BY day_no ROWS UNBOUNDED PRECEDING) AS DECIMAL(12,2)) AS cum_sales,
       CAST(SUM(sales) OVER (PARTITION BY store ORDER BY day_no ROWS 1 PRECEDING) AS DECIMAL(12,2)) AS mov_sum2,
       CAST(AVG(sales) OVER (PARTITION BY store ORDER BY day_no ROWS 1 PRECEDING) AS DECIMAL(12,2)) AS mov_avg2,
       CAST(sales - LAG(sales, 1) OVER (PARTITION BY store ORDER BY day_no) AS DECIMAL(12,2)) AS diff1,
       (rank() OVER (PARTITION BY store ORDER BY sales DESC))::INTEGER AS sales_rk
FROM daily
