CREATE TABLE pos_sales (sale_id INTEGER, sale_dt DATE, amount DECIMAL(10,2));
INSERT INTO pos_sales VALUES (1, DATE '2024-01-01', 10.00), (2, DATE '2024-01-06', 20.00), (3, DATE '2024-01-07', 30.00), (4, DATE '2024-02-29', 40.00), (5, DATE '2023-01-01', 50.00), (6, DATE '2024-12-31', 60.00), (7, NULL, 70.00);
-- dayofweek: 0 = Sunday; isodow: 1 = Monday; %U: Sunday-based week, days before the first Sunday in week 0
SELECT sale_id,
       CAST(dayofweek(sale_dt) + 1 AS INTEGER) AS dow_td,
       CAST(isodow(sale_dt) AS INTEGER) AS dow_iso,
       CAST(strftime(sale_dt, '%U') AS INTEGER) AS week_no,
       CAST(dayofyear(sale_dt) AS INTEGER) AS day_of_yr,
       CAST(quarter(sale_dt) AS INTEGER) AS qtr_no,
       CAST(date_trunc('month', sale_dt) AS DATE) AS month_beg,
       last_day(sale_dt) AS month_end,
       CASE WHEN dayofweek(sale_dt) IN (0, 6) THEN 'Y' ELSE 'N' END AS weekend_ind
FROM pos_sales ORDER BY sale_id
