CREATE TABLE dim_product (prod_sk INTEGER, prod_code VARCHAR, prod_name VARCHAR);
CREATE TABLE dim_store (store_sk INTEGER, store_code VARCHAR, region VARCHAR);
CREATE TABLE stg_sales (sale_id INTEGER, prod_code VARCHAR, store_code VARCHAR, order_dt DATE, ship_dt DATE, qty INTEGER, unit_price DECIMAL(9,2));
CREATE TABLE fact_sales (sale_id INTEGER, prod_sk INTEGER, store_sk INTEGER, order_dt DATE, ship_days INTEGER, ship_bucket VARCHAR, qty INTEGER, amount DECIMAL(12,2), order_month INTEGER);
INSERT INTO dim_product VALUES (1, 'AB12', 'Widget'), (2, 'CD34', 'Gadget');
INSERT INTO dim_store VALUES (10, 'S01', 'North'), (11, 's02', 'South');
INSERT INTO stg_sales VALUES (1, 'ab12  ', 'S01', DATE '2024-01-30', DATE '2024-02-02', 3, 2.50), (2, 'CD34', 'S02', DATE '2024-02-28', DATE '2024-03-01', NULL, 4.00), (3, 'ZZ99', 's01 ', DATE '2024-03-01', NULL, 1, 9.99), (4, NULL, 'S03', DATE '2023-12-25', DATE '2024-01-10', 7, 1.10);
INSERT INTO fact_sales VALUES (1, 1, 10, DATE '2024-01-30', 0, 'OLD', 1, 1.00, 202401), (9, 2, 11, DATE '2023-06-01', 1, 'FAST', 2, 8.00, 202306);
DELETE FROM fact_sales WHERE sale_id IN (SELECT sale_id FROM stg_sales);
INSERT INTO fact_sales
SELECT s.sale_id, COALESCE(p.prod_sk, -1), COALESCE(st.store_sk, -1), s.order_dt, s.ship_dt - s.order_dt,
       CASE WHEN s.ship_dt IS NULL THEN 'OPEN' WHEN s.ship_dt - s.order_dt <= 2 THEN 'FAST' WHEN s.ship_dt - s.order_dt <= 7 THEN 'NORMAL' ELSE 'SLOW' END,
       COALESCE(s.qty, 0), COALESCE(s.qty, 0) * s.unit_price, year(s.order_dt) * 100 + month(s.order_dt)
FROM stg_sales s
LEFT JOIN dim_product p ON upper(rtrim(p.prod_code)) = upper(rtrim(s.prod_code))
LEFT JOIN dim_store st ON upper(rtrim(st.store_code)) = upper(rtrim(s.store_code));
UPDATE fact_sales SET ship_bucket = 'LATE' WHERE upper(ship_bucket) = 'SLOW' AND prod_sk = -1;
SELECT * FROM fact_sales ORDER BY sale_id
