CREATE TABLE baskets (basket_id INTEGER, channel VARCHAR, basket_amt DECIMAL(9,2));
INSERT INTO baskets VALUES (1, 'WEB', 10.00), (2, 'WEB', 20.00), (3, 'WEB', 30.00), (4, 'WEB', 40.00), (5, 'WEB', NULL), (6, 'STORE', 5.00), (7, 'STORE', 7.00), (8, 'STORE', 100.00), (9, 'APP', 12.50);
SELECT channel,
       CAST(quantile_cont(basket_amt, 0.5) AS DECIMAL(10,2)) AS p50_cont,
       CAST(quantile_cont(basket_amt, 0.25) AS DECIMAL(10,2)) AS p25_cont,
       CAST(quantile_disc(basket_amt, 0.9) AS DECIMAL(10,2)) AS p90_disc,
       CAST(median(basket_amt) AS DECIMAL(10,2)) AS med_amt
FROM baskets GROUP BY channel ORDER BY channel
