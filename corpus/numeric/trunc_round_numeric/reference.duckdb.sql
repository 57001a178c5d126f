CREATE TABLE prices (id INTEGER, price DECIMAL(10,3));
INSERT INTO prices VALUES (1, 2.758), (2, -2.758), (3, 123.456), (4, 0.041), (5, NULL);
SELECT id,
       CAST(trunc(price * 10) / 10 AS DECIMAL(10,3)) AS t1,
       CAST(trunc(price) AS DECIMAL(10,3)) AS t0,
       CAST(trunc(price / 10) * 10 AS DECIMAL(10,3)) AS t_tens,
       CAST(round(price, 2) AS DECIMAL(10,3)) AS r2
FROM prices
