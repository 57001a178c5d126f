CREATE TABLE orders (order_id INTEGER, cust_id INTEGER, order_dt DATE, items INTEGER, amount DECIMAL(9,2));
INSERT INTO orders VALUES (1, 10, DATE '2024-02-27', 1, 30.00), (2, 10, DATE '2024-03-02', 4, 45.00), (3, 10, DATE '2024-03-09', 2, 25.00), (4, 20, DATE '2024-01-15', 3, 10.00), (5, 20, DATE '2024-02-29', NULL, 20.00), (6, 30, DATE '2024-03-01', 5, 99.99);
SELECT order_id, gap_days, avg_items3, cum_share, last_amt, first_dt FROM (
  SELECT order_id,
         CAST(order_dt - LAG(order_dt, 1, order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt) AS INTEGER) AS gap_days,
         CAST(AVG(CAST(items AS DOUBLE)) OVER (PARTITION BY cust_id ORDER BY order_dt ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS DECIMAL(8,2)) AS avg_items3,
         CAST(round(SUM(amount) OVER (PARTITION BY cust_id ORDER BY order_dt ROWS UNBOUNDED PRECEDING) / SUM(amount) OVER (PARTITION BY cust_id), 2) AS DECIMAL(8,4)) AS cum_share,
         LAST_VALUE(amount) OVER (PARTITION BY cust_id ORDER BY order_dt ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS last_amt,
         FIRST_VALUE(order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS first_dt,
         COUNT(*) OVER (PARTITION BY cust_id) AS n
  FROM orders) WHERE n >= 2 ORDER BY order_id
